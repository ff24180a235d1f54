[(i, j) := 0 for i in x]
