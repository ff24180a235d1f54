"""Taipan's WeakSet, kept out of weakref so that early modules (abc) can import it."""

from _weakref import ref
from _collections_abc import MutableSet

__all__ = ['WeakSet']


def _make_discarder(owner):
    # The callback each member's weak reference carries.  It holds the set
    # only weakly too, so a dead set never lingers because of its members.
    owner_ref = ref(owner)

    def forget(dead_ref):
        owner = owner_ref()
        if owner is not None:
            owner.data.discard(dead_ref)
    return forget


def _plain_refs(items):
    # References made only to look members up, never stored.
    return {ref(x) for x in items}


class WeakSet(MutableSet):
    """A mutable set that holds its members by weak reference.

    A member disappears from the set as soon as nothing else keeps it alive.
    """

    def __init__(self, data=None):
        self.data = set()
        self._remove = _make_discarder(self)
        if data is not None:
            self.update(data)

    # -- reading ----------------------------------------------------------

    def __iter__(self):
        # Walk a snapshot of the references (not of the members, which must
        # stay free to die): a member may die and be discarded mid-loop.
        for r in tuple(self.data):
            obj = r()
            if obj is not None:
                yield obj

    def __len__(self):
        alive = 0
        for r in tuple(self.data):
            if r() is not None:
                alive += 1
        return alive

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        getstate = getattr(self, '__getstate__', None)
        if getstate is not None:
            state = getstate()
        return (type(self), (list(self),), state)

    def copy(self):
        return type(self)(self)

    # -- changing ---------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def update(self, other):
        for obj in other:
            self.add(obj)

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def pop(self):
        while self.data:
            obj = self.data.pop()()
            if obj is not None:
                return obj
        raise KeyError('pop from empty WeakSet')

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        if other is self:
            self.clear()
        else:
            self.data -= _plain_refs(other)
        return self

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        self.data &= _plain_refs(other)
        return self

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        if other is self:
            self.clear()
        else:
            self.data ^= {ref(x, self._remove) for x in other}
        return self

    # -- new sets ---------------------------------------------------------

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def intersection(self, other):
        return type(self)(x for x in other if x in self)

    __and__ = intersection

    def difference(self, other):
        result = self.copy()
        result -= other
        return result

    __sub__ = difference

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result

    __xor__ = symmetric_difference

    # -- comparisons ------------------------------------------------------

    def issubset(self, other):
        return self.data <= _plain_refs(other)

    __le__ = issubset

    def issuperset(self, other):
        return self.data >= _plain_refs(other)

    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < _plain_refs(other)

    def __gt__(self, other):
        return self.data > _plain_refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == _plain_refs(other)

    __hash__ = None

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
