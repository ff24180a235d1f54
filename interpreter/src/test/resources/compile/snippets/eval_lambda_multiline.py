lambda: (
  1)
