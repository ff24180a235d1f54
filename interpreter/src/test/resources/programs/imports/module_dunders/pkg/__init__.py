kind = 'package'
