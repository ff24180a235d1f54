while a:
pass
