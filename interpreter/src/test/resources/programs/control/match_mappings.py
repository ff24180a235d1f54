# match: mapping patterns, **rest, value patterns (dotted names), missing keys.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Const:
    LIMIT = 10


def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return 'click at %d,%d' % (x, y)
        case {'type': 'key', 'key': Const.LIMIT}:
            return 'key equals Const.LIMIT'
        case {'type': 'key', **rest}:
            return 'key with extra %r' % (sorted(rest.items()),)
        case {'color': Color.RED}:
            return 'red thing'
        case {'color': Color.GREEN | None}:
            return 'green or no color'
        case {}:
            return 'some other mapping'
        case _:
            return 'not a mapping'


events = [
    {'type': 'click', 'pos': (1, 2)},
    {'type': 'click', 'pos': (1, 2, 3)},
    {'type': 'key', 'key': 10},
    {'type': 'key', 'key': 'q', 'mod': 'ctrl'},
    {'color': Color.RED, 'size': 3},
    {'color': None},
    {},
    [('type', 'click')],
]
for e in events:
    print(handle(e))


class Tracking(dict):
    def get(self, key, default=None):
        print('get called for', key)
        return super().get(key, default)


match Tracking(a=1):
    case {'a': 1, 'b': 2}:
        print('never')
    case {'a': value}:
        print('matched a =', value)
import collections
match collections.defaultdict(int, x=1):
    case {'missing': 0}:
        print('defaultdict default used?')
    case {'x': 1}:
        print('defaultdict: missing key does not match')
