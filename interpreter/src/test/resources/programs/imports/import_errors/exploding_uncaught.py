def fail():
    return {}['key']


fail()
