# dataclasses: fields, defaults, default_factory, field() options and their errors.
from dataclasses import dataclass, field, fields, MISSING, InitVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='x', repr=False, compare=False)
    count = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.price *= scale
        Item.count += 1


a = Item('a', 2.0, scale=3)
b = Item('a', 6.0, secret='y')
print(a, b, a == b, Item.count)
print([(f.name, f.default is MISSING, f.default_factory is MISSING, f.repr, f.compare) for f in fields(Item)])
print(a.tags is not Item('c').tags)
print(repr(fields(Item)[2].default_factory), fields(Item)[0].type)
for bad in ('mutable', 'order', 'both'):
    try:
        if bad == 'mutable':
            @dataclass
            class M:
                x: list = []
        elif bad == 'order':
            @dataclass
            class O:
                x: int = 1
                y: int
        else:
            field(default=1, default_factory=list)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print('TypeError', e)
try:
    Item('a', 1, [], 'z', 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    fields(3)
except TypeError as e:
    print('TypeError', e)
print('scale' in Item.__dataclass_fields__, Item.__dataclass_fields__['scale']._field_type)
print(Item.__init__.__annotations__)
