package org.taipan.objects;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dict}: CPython's compact dict. A hash index ({@code indices}, open addressing with
 * CPython's perturbed probing) points into dense entry arrays kept in insertion order, each
 * entry caching its key's hash. Deletion leaves a hole in the entries and a dummy in the index;
 * the table is rebuilt (compacting the holes) only when the entries run out, as in CPython,
 * which is what makes iteration-during-mutation errors and {@code popitem} behave the same.
 */
public class PyDict extends PyObject {
    public static PyType TYPE;
    private static final int MINSIZE = 8;
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int PERTURB_SHIFT = 5;

    private int[] indices;
    /** Key and value of entry e at [2e] and [2e+1]: a lookup that finds its key touches one place. */
    private PyObject[] kv;
    long[] hashes;
    /** Entries used so far, holes included: the next entry goes at this position. */
    int nentries;
    /** Live entries ({@code len(d)}). */
    int used;
    /** Bumped on every change of the key set, so lookups notice mutation by {@code __eq__}. */
    int version;

    public PyDict() {
        this(0);
    }

    public PyDict(int capacity) {
        if (capacity == 0) {
            setEmpty();
        } else {
            allocate(sizeFor(capacity));
        }
    }

    /**
     * The tables an empty dict shares (never written: the first insertion allocates, see put).
     * A holder class, because dicts are made while PyObject's initialiser builds the types,
     * before PyDict's own static fields would be set.
     */
    private static final class EmptyTables {
        static final int[] INDICES = {EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY};
        static final PyObject[] OBJECTS = {};
        static final long[] HASHES = {};
    }

    private void setEmpty() {
        indices = EmptyTables.INDICES;
        kv = EmptyTables.OBJECTS;
        hashes = EmptyTables.HASHES;
        nentries = 0;
    }

    /** The smallest table whose usable fraction (2/3) holds {@code n} entries. */
    private static int sizeFor(int n) {
        int size = MINSIZE;
        while (usable(size) < n) {
            size <<= 1;
        }
        return size;
    }

    private static int usable(int size) {
        return (size << 1) / 3;
    }

    private void allocate(int size) {
        indices = new int[size];
        java.util.Arrays.fill(indices, EMPTY);
        int n = usable(size);
        kv = new PyObject[2 * n];
        hashes = new long[n];
        nentries = 0;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return used;
    }

    // --- the table ---

    /** The entry index of {@code key}, or -1. */
    int lookup(PyObject key, long hash) {
        while (true) {
            int[] ix = indices;
            int mask = ix.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int e = ix[i];
                if (e == EMPTY) {
                    return -1;
                }
                if (e >= 0) {
                    PyObject k = kv[e << 1];
                    if (k == key) {
                        return e;
                    }
                    if (hashes[e] == hash) {
                        Class<?> kc = k.getClass();
                        if (kc == key.getClass() && (kc == PyUnicode.class || kc == PyLong.class)) {
                            // exact str and int keys: equality without a comparison call
                            if (kc == PyUnicode.class ? ((PyUnicode) k).value.equals(((PyUnicode) key).value)
                                    : ((PyLong) k).compareTo((PyLong) key) == 0) {
                                return e;
                            }
                        } else {
                            int v = version;
                            boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                            if (ix != indices || v != version || kv[e << 1] != k) {
                                break; // mutated by __eq__: start again, like CPython
                            }
                            if (eq) {
                                return e;
                            }
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** The index slot that holds entry {@code e} for {@code hash}. */
    private int slotOf(int e, long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] != e) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    private void insertIndex(int e, long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = e;
    }

    /** Rebuilds the table for about {@code used * 3} slots, compacting the entries (dictresize). */
    private void grow() {
        int size = Integer.highestOneBit(used * 3 | (MINSIZE - 1)) << 1;
        while (usable(size) <= used) {
            size <<= 1;
        }
        resizeTo(size);
    }

    private void resizeTo(int size) {
        PyObject[] okv = kv;
        long[] oh = hashes;
        int on = nentries;
        allocate(size);
        int n = 0;
        for (int i = 0; i < on; i++) {
            if (okv[2 * i] != null) {
                kv[2 * n] = okv[2 * i];
                kv[2 * n + 1] = okv[2 * i + 1];
                hashes[n] = oh[i];
                insertIndex(n, oh[i]);
                n++;
            }
        }
        nentries = n;
        version++;
    }

    /** Sets {@code key} to {@code value}; returns the entry index that holds it now. */
    int put(PyObject key, long hash, PyObject value) {
        int e = lookup(key, hash);
        if (e >= 0) {
            kv[(e << 1) + 1] = value;
            return e;
        }
        if (nentries == hashes.length) {
            grow();
        }
        e = nentries++;
        kv[e << 1] = key;
        kv[(e << 1) + 1] = value;
        hashes[e] = hash;
        insertIndex(e, hash);
        used++;
        version++;
        return e;
    }

    /** Removes entry {@code e} (whose key hashes to {@code hash}); returns its value. */
    PyObject removeEntry(int e, long hash) {
        indices[slotOf(e, hash)] = DUMMY;
        PyObject v = kv[(e << 1) + 1];
        kv[e << 1] = null;
        kv[(e << 1) + 1] = null;
        used--;
        version++;
        return v;
    }

    /**
     * The first live entry at or after {@code pos}, or -1: iteration in insertion order without
     * allocation, {@code for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1))} with
     * {@link #keyAt}/{@link #valueAt}. The dict must not change meanwhile.
     */
    public int nextEntry(int pos) {
        while (pos < nentries) {
            if (kv[pos << 1] != null) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    /**
     * The key-set version: it changes whenever a key is added or removed or the table is
     * rebuilt, never when only a value changes. While it stays the same, an entry index found by
     * {@link #entryOf} still holds its key, and {@link #valueAt} reads the current value:
     * what LOAD_GLOBAL's cache relies on.
     */
    public int version() {
        return version;
    }

    /** The entry index of {@code key}, or -1 when absent (see {@link #version}). */
    public int entryOf(PyObject key) {
        return lookup(key, Abstract.hash(key));
    }

    /**
     * The value of entry {@code e} when that entry's key is {@code key} itself (identity), else
     * null: an attribute cache's guess of where an instance dict keeps a name (instances of one
     * class usually get their attributes in the same order), checked without hashing.
     */
    public PyObject valueIfKeyAt(int e, PyObject key) {
        return e >= 0 && e < nentries && kv[e << 1] == key ? kv[(e << 1) + 1] : null;
    }

    /** Replaces the value of live entry {@code e} (the key set, and so {@link #version}, stay). */
    public void replaceValueAt(int e, PyObject value) {
        kv[(e << 1) + 1] = value;
    }

    /** {@link #setItem}, returning the entry index that holds {@code key} now. */
    public int setItemEntry(PyObject key, PyObject value) {
        return put(key, Abstract.hash(key), value);
    }

    /** The key of live entry {@code e} (see {@link #nextEntry}). */
    public PyObject keyAt(int e) {
        return kv[e << 1];
    }

    /** The value of live entry {@code e} (see {@link #nextEntry}). */
    public PyObject valueAt(int e) {
        return kv[(e << 1) + 1];
    }

    /** The last live entry before {@code pos}, or -1: for reversed iteration. */
    public int prevEntry(int pos) {
        pos = Math.min(pos, nentries) - 1;
        while (pos >= 0) {
            if (kv[pos << 1] != null) {
                return pos;
            }
            pos--;
        }
        return -1;
    }

    /** {@code popitem()}: removes the last entry and gives its slot back, as CPython does. */
    PyTuple popLast() {
        int e = prevEntry(nentries);
        PyTuple r = new PyTuple(kv[e << 1], kv[(e << 1) + 1]);
        removeEntry(e, hashes[e]);
        nentries = e;
        return r;
    }

    // --- the Java-side API ---

    /** The value for {@code key}, or null when absent. */
    public PyObject getItem(PyObject key) {
        int e = lookup(key, Abstract.hash(key));
        return e < 0 ? null : kv[(e << 1) + 1];
    }

    public PyObject getStr(String key) {
        return getItem(PyUnicode.of(key));
    }

    public boolean containsStr(String key) {
        return containsKey(PyUnicode.of(key));
    }

    public boolean containsKey(PyObject key) {
        return lookup(key, Abstract.hash(key)) >= 0;
    }

    public void setItem(PyObject key, PyObject value) {
        put(key, Abstract.hash(key), value);
    }

    public void setStr(String key, PyObject value) {
        setItem(PyUnicode.of(key), value);
    }

    /** Removes {@code key}; returns the old value or null when absent. */
    public PyObject delItemOrNull(PyObject key) {
        long h = Abstract.hash(key);
        int e = lookup(key, h);
        return e < 0 ? null : removeEntry(e, h);
    }

    /** A snapshot of the entries in insertion order. */
    public Set<Map.Entry<PyObject, PyObject>> entries() {
        List<Map.Entry<PyObject, PyObject>> l = new ArrayList<>(used);
        for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
            l.add(new AbstractMap.SimpleImmutableEntry<>(kv[e << 1], kv[(e << 1) + 1]));
        }
        return new Snapshot<>(l);
    }

    /** A snapshot of the keys in insertion order. */
    public Set<PyObject> keySet() {
        List<PyObject> l = new ArrayList<>(used);
        for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
            l.add(kv[e << 1]);
        }
        return new Snapshot<>(l);
    }

    /** An ordered, read-only set over a list whose elements are known to be distinct. */
    private static final class Snapshot<T> extends AbstractSet<T> {
        private final List<T> items;

        Snapshot(List<T> items) {
            this.items = items;
        }

        @Override
        public Iterator<T> iterator() {
            return java.util.Collections.unmodifiableList(items).iterator();
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    public void clear() {
        setEmpty();
        used = 0;
        version++;
    }

    /** {@code self.update(other)} for a dict or a mapping with keys(), or an iterable of pairs. */
    public void update(PyObject other) {
        if (other instanceof PyDict && (other.getType() == TYPE
                || other.getType().lookup("__iter__") == TYPE.lookup("__iter__"))) {
            mergeDict((PyDict) other);
            return;
        }
        PyObject keysMethod = Abstract.getAttrOrNull(other, "keys");
        if (keysMethod != null) {
            PyObject it = Abstract.getIter(Abstract.call(keysMethod));
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                setItem(k, Abstract.getItem(other, k));
            }
            return;
        }
        mergeSequence(other);
    }

    /** Copies another dict's entries, with their cached hashes. */
    void mergeDict(PyDict o) {
        if (o == this || o.used == 0) {
            return;
        }
        if (used == 0 && nentries == 0 && o.used > hashes.length) {
            resizeTo(sizeFor(o.used));
        }
        int n = o.nentries;
        for (int e = 0; e < n && e < o.nentries; e++) {
            PyObject k = o.kv[e << 1];
            if (k != null) {
                put(k, o.hashes[e], o.kv[(e << 1) + 1]);
            }
        }
    }

    /** {@code dict(iterable)}'s pairs, with CPython's messages for malformed elements. */
    void mergeSequence(PyObject other) {
        PyObject it = Abstract.getIter(other);
        int i = 0;
        for (PyObject pair = Abstract.next(it); pair != null; pair = Abstract.next(it), i++) {
            PyObject k;
            PyObject v;
            if (pair instanceof PyTuple && ((PyTuple) pair).size() == 2) {
                k = ((PyTuple) pair).get(0);
                v = ((PyTuple) pair).get(1);
            } else {
                PyObject[] kv;
                try {
                    PyObject pit = Abstract.getIter(pair);
                    List<PyObject> l = new ArrayList<>(2);
                    for (PyObject x = Abstract.next(pit); x != null; x = Abstract.next(pit)) {
                        l.add(x);
                    }
                    kv = l.toArray(new PyObject[0]);
                } catch (PyException e) {
                    if (e.matches(PyExc.TypeError) && pair.getType().iter == null && pair.getType().getitem == null) {
                        throw PyExc.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    throw e;
                }
                if (kv.length != 2) {
                    throw PyExc.valueError("dictionary update sequence element #" + i + " has length "
                            + kv.length + "; 2 is required");
                }
                k = kv[0];
                v = kv[1];
            }
            setItem(k, v);
        }
    }

    /** A shallow copy (a plain dict). */
    public PyDict copy() {
        PyDict d = new PyDict(used);
        d.mergeDict(this);
        return d;
    }

    /** A dict subclass instance created in Python. */
    static final class Derived extends PyDict {
        private final PyType type;
        private final PyDict dict;

        Derived(PyType type) {
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
