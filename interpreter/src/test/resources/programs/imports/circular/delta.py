from gamma import g_value
d_value = 'd'
