x = break
