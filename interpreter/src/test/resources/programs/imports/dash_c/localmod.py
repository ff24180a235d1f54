X = 'local module found via the current directory'
