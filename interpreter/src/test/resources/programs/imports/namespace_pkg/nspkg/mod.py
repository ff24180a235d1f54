VALUE = 'namespace module'
