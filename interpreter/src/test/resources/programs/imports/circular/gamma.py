from delta import d_value
g_value = 'g'
