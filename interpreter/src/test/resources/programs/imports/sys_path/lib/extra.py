VALUE = 'extra from lib'
