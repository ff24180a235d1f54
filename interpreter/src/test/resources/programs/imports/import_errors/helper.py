present = 'present name'
