VALUE = 'other namespace module'
