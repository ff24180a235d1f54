assert x, "message"
if __debug__:
    print("debug")
y = __debug__
