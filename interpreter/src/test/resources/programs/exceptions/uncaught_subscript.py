# Uncaught IndexError in a subscript: the markers underline the subscript.
matrix = [[1, 2, 3], [4, 5, 6]]


def cell(row, col):
    return matrix[row][col]


print(cell(1, 2))
print(cell(1, 3))
