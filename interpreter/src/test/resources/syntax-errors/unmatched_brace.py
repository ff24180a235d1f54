print(1)}
