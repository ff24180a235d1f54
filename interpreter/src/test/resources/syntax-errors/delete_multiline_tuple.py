del (a,
     f())
