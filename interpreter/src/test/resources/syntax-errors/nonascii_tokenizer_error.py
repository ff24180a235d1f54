x = "€€" + 1abc
