a = f"{x:{'>' if y else '<'}10}"
b = f"{'nested' + f'{z}'}"
c = f"{x}" f"{y}"
d = f"{x:%Y}"
e = f"{{literal}} {x}"
g = f"{x!r:^{w}}"
h = f"""multi
{line}
"""
