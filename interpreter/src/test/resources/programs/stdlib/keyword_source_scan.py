# counting keywords in a piece of source text
import keyword

source = '''
def fetch(items, limit=None):
    for i, item in enumerate(items):
        if limit is not None and i >= limit:
            break
        try:
            yield item
        except GeneratorExit:
            return
        finally:
            pass
    else:
        raise StopIteration
class Box: pass
match = lambda x: x if x else None
'''
counts = {}
soft = set()
for raw in source.replace('(', ' ').replace(')', ' ').replace(':', ' ').replace(',', ' ').replace('=', ' ').split():
    if keyword.iskeyword(raw):
        counts[raw] = counts.get(raw, 0) + 1
    elif keyword.issoftkeyword(raw):
        soft.add(raw)
for k in sorted(counts):
    print(k, counts[k])
print(sorted(soft))
