package org.taipan.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * {@code id()}: a unique number per live object. The JVM moves objects, so ids are assigned on
 * first request and remembered in an identity map with weak keys (entries of dead objects are
 * dropped through a reference queue), costing nothing for objects never asked for their id.
 */
public final class ObjectIds {
    private static final HashMap<Key, Long> IDS = new HashMap<>();
    private static final ReferenceQueue<PyObject> DEAD = new ReferenceQueue<>();
    private static long next = 0x7f0000001000L;

    private ObjectIds() {
    }

    /** The object's id: unique among live objects, stable for its lifetime, multiple of 16. */
    public static synchronized long id(PyObject o) {
        Object dead;
        while ((dead = DEAD.poll()) != null) {
            IDS.remove(dead);
        }
        Key k = new Key(o, DEAD);
        Long v = IDS.get(k);
        if (v == null) {
            v = next;
            next += 16;
            IDS.put(k, v);
        }
        return v;
    }

    /** The id in CPython's {@code %p} form, as object reprs print it. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(id(o));
    }

    private static final class Key extends WeakReference<PyObject> {
        private final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            if (!(other instanceof Key)) {
                return false;
            }
            PyObject mine = get();
            return mine != null && ((Key) other).get() == mine;
        }
    }
}
