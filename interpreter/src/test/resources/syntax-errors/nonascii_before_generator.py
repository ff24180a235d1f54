f("é" for x in y, 1)
