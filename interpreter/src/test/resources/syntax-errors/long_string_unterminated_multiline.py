x = ("abc"
     "def
     "ghi")
