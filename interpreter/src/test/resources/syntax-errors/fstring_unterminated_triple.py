x = f"""abc {x
