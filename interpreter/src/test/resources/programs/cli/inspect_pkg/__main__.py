import sys
value = 2
print("main of", __name__, __spec__.name)
