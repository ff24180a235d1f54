package org.taipan.objects;

/**
 * {@code set} and {@code frozenset}: CPython's open-addressing table (linear probes of 9, then
 * perturbed probing; resize at 3/5 full to 4x the used count), reproduced so that iteration
 * order — which {@code print} shows — matches CPython's, e.g. small ints come out sorted.
 */
public class PySet extends PyObject {
    public static PyType SET_TYPE;
    public static PyType FROZENSET_TYPE;
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = PyNotImplemented.MISSING_MARKER;

    final boolean frozen;
    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    int fill;
    int used;
    /** Where {@code pop} looks first: CPython's search finger. */
    int finger;
    /** The cached frozenset hash, or -1. */
    long hash = -1;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType getType() {
        return frozen ? FROZENSET_TYPE : SET_TYPE;
    }

    /**
     * A frozenset constant of compiled code with CPython's table layout: CPython's compiler makes
     * the frozenset from the items in source order, then its constant merging rebuilds it from
     * that set's iteration order; with colliding hashes the two orders differ, and a set display
     * copies the constant's layout. {@code PyCode} should build ConstantFrozenSet values with this.
     */
    public static PySet constantFrozenSet(PyObject[] itemsInSourceOrder) {
        PySet first = new PySet(true);
        for (PyObject x : itemsInSourceOrder) {
            first.add(x);
        }
        PySet merged = new PySet(true);
        for (PyObject x : first.toArray()) {
            merged.add(x);
        }
        return merged;
    }

    public int size() {
        return used;
    }

    public boolean isFrozen() {
        return frozen;
    }

    private static boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        Class<?> c = a.getClass();
        if (c == b.getClass()) {
            // exact str and int: equality without a comparison call (as CPython's unicode_eq path)
            if (c == PyUnicode.class) {
                return ((PyUnicode) a).value.equals(((PyUnicode) b).value);
            }
            if (c == PyLong.class) {
                return ((PyLong) a).compareTo((PyLong) b) == 0;
            }
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    public void add(PyObject key) {
        addEntry(key, Abstract.hash(key));
    }

    void addEntry(PyObject key, long hash) {
        while (true) {
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeslot = -1;
            int found = -1;
            search:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    if (k == null) {
                        found = j;
                        break search;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        if (k == key) {
                            return;
                        }
                        PyObject[] before = keys;
                        boolean eq = same(k, key);
                        if (keys != before || mask != m) {
                            found = -2; // table changed under us: restart
                            break search;
                        }
                        if (eq) {
                            return;
                        }
                    } else if (k == DUMMY) {
                        // CPython 3.11 reuses the last dummy met on the probe path, not the first
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (found == -2) {
                continue;
            }
            if (freeslot >= 0) {
                used++;
                keys[freeslot] = key;
                hashes[freeslot] = hash;
                return;
            }
            fill++;
            used++;
            keys[found] = key;
            hashes[found] = hash;
            if ((long) fill * 5 >= (long) m * 3) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
            return;
        }
    }

    void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[i]);
            }
        }
    }

    private void insertClean(PyObject key, long hash) {
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    int find(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        boolean eq = same(k, key);
                        if (keys != table || table[j] != k) {
                            continue restart; // changed by __eq__: look again, as CPython's set_lookkey
                        }
                        if (eq) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /**
     * The hash used to look {@code key} up: an unhashable set stands for the frozenset of its
     * items, as in CPython's {@code set_contains_key}/{@code set_discard_key}.
     */
    static PyObject lookupKey(PyObject key) {
        if (key instanceof PySet && (key.getType().hash == TypeSlots.HASH_NOT_IMPLEMENTED || key.getType().hash == null)) {
            PySet f = new PySet(true);
            f.update(key);
            return f;
        }
        return key;
    }

    public boolean contains(PyObject key) {
        key = lookupKey(key);
        return find(key, Abstract.hash(key)) >= 0;
    }

    /** Removes key; false when absent. */
    public boolean discard(PyObject key) {
        key = lookupKey(key);
        return discardEntry(key, Abstract.hash(key));
    }

    boolean discardEntry(PyObject key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** {@code set.pop()}: the first item at or after the finger, as CPython picks it. */
    public PyObject pop() {
        if (used == 0) {
            throw PyExc.keyError(PyUnicode.of("pop from an empty set"));
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = i == mask ? 0 : i + 1;
        }
        PyObject k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /** Exchanges the tables of two sets (set_swap_bodies), for in-place operators. */
    void swapBodies(PySet o) {
        PyObject[] k = keys;
        keys = o.keys;
        o.keys = k;
        long[] h = hashes;
        hashes = o.hashes;
        o.hashes = h;
        int t = mask;
        mask = o.mask;
        o.mask = t;
        t = fill;
        fill = o.fill;
        o.fill = t;
        t = used;
        used = o.used;
        o.used = t;
        hash = -1;
        o.hash = -1;
    }

    /** The table position of the next item at or after {@code pos}, or -1 (set_next). */
    int next(int pos) {
        PyObject[] ks = keys;
        while (pos <= mask) {
            PyObject k = ks[pos];
            if (k != null && k != DUMMY) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /** {@code self |= other} following CPython's set_update_internal (layout-preserving merges). */
    public void update(PyObject other) {
        if (other instanceof PySet) {
            PySet o = (PySet) other;
            if (o == this || o.used == 0) {
                return;
            }
            if ((long) (fill + o.used) * 5 >= (long) mask * 3) {
                resize((used + o.used) * 2);
            }
            if (fill == 0 && mask == o.mask && o.fill == o.used) {
                for (int i = 0; i <= mask; i++) {
                    PyObject k = o.keys[i];
                    if (k != null && k != DUMMY) {
                        keys[i] = k;
                        hashes[i] = o.hashes[i];
                    }
                }
                fill = o.fill;
                used = o.used;
                return;
            }
            if (fill == 0) {
                for (int i = 0; i <= o.mask; i++) {
                    PyObject k = o.keys[i];
                    if (k != null && k != DUMMY) {
                        insertClean(k, o.hashes[i]);
                    }
                }
                fill = o.used;
                used = o.used;
                return;
            }
            for (int i = 0; i <= o.mask; i++) {
                PyObject k = o.keys[i];
                if (k != null && k != DUMMY) {
                    addEntry(k, o.hashes[i]);
                }
            }
            return;
        }
        if (other instanceof PyDict) {
            PyDict d = (PyDict) other;
            if ((long) (fill + d.size()) * 5 >= (long) mask * 3) {
                resize((used + d.size()) * 2);
            }
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                addEntry(d.keyAt(e), d.hashes[e]);
            }
            return;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            add(x);
        }
    }

    /** The items in table order (iteration order). */
    public PyObject[] toArray() {
        PyObject[] r = new PyObject[used];
        int n = 0;
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                r[n++] = k;
            }
        }
        return r;
    }

    /** CPython's frozenset hash: order-independent shuffle of the item hashes. */
    long frozenHash() {
        if (hash != -1) {
            return hash;
        }
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                long e = hashes[i];
                h ^= ((e ^ 89869747L) ^ (e << 16)) * 3644798167L;
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hash = h;
        return h;
    }

    /** Iterator over a set; raises RuntimeError when the set changes size meanwhile. */
    static final class Iter extends PyObject {
        static PyType TYPE;
        PySet set;
        int expectedUsed;
        int pos;
        int remaining;

        Iter(PySet set) {
            this.set = set;
            this.expectedUsed = set.used;
            this.remaining = set.used;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        PyObject next() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.used != expectedUsed) {
                expectedUsed = -1; // sticky, as in CPython
                throw PyExc.runtimeError("Set changed size during iteration");
            }
            int i = s.next(pos);
            if (i < 0) {
                set = null;
                return null;
            }
            pos = i + 1;
            remaining--;
            return s.keys[i];
        }

        int lengthHint() {
            return set != null && set.used == expectedUsed ? remaining : 0;
        }

        /** A copy that iterates on independently, for {@code __reduce__}; null when exhausted. */
        Iter copy() {
            if (set == null) {
                return null;
            }
            Iter c = new Iter(set);
            c.expectedUsed = expectedUsed;
            c.pos = pos;
            c.remaining = remaining;
            return c;
        }
    }

    /** A set or frozenset subclass instance created in Python. */
    static final class Derived extends PySet {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type, boolean frozen) {
            super(frozen);
            this.type = type;
            this.dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }
}
