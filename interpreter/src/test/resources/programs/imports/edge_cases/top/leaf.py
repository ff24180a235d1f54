NAME = 'top.leaf'
