package org.taipan.modules;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyException;
import org.taipan.objects.PyObject;

/**
 * The weak references of every object (CPython keeps a list per object, {@code tp_weaklist}):
 * finds the shared basic ref, answers {@code getweakrefcount}/{@code getweakrefs}, and runs
 * callbacks of references whose referent the JVM has collected. Objects carry no field for it:
 * the table is keyed by identity hash, so objects never weakly referenced pay nothing.
 */
final class WeakrefLists {
    /** One weak reference: the JVM's hold on the referent, and a weak hold on the Python ref object. */
    static final class Entry extends WeakReference<PyObject> {
        final int key;
        /** Weak: a ref object nobody holds any more must not keep its callback alive (CPython drops it too). */
        final WeakReference<PyWeakref> owner;

        Entry(PyObject referent, PyWeakref owner) {
            super(referent);
            this.key = System.identityHashCode(referent);
            this.owner = new WeakReference<>(owner);
        }
    }

    private static final HashMap<Integer, ArrayList<Entry>> BY_REFERENT = new HashMap<>();
    private static int size;
    private static int sweepAt = 4096;

    private WeakrefLists() {
    }

    static Entry add(PyObject referent, PyWeakref owner) {
        boolean sweep;
        Entry e = new Entry(referent, owner);
        synchronized (WeakrefLists.class) {
            BY_REFERENT.computeIfAbsent(e.key, k -> new ArrayList<>(2)).add(e);
            size++;
            sweep = size >= sweepAt;
        }
        if (sweep) {
            sweep();
        }
        return e;
    }

    /** The referent's live callback-less {@code weakref.ref} of the exact base type, or null. */
    static synchronized PyWeakref basicRef(PyObject referent) {
        for (PyWeakref r : refsLocked(referent)) {
            if (r.getType() == PyWeakref.TYPE && !r.hasCallback()) {
                return r;
            }
        }
        return null;
    }

    /** The live weak references to {@code referent}, oldest first. */
    static synchronized List<PyWeakref> refsTo(PyObject referent) {
        return refsLocked(referent);
    }

    private static List<PyWeakref> refsLocked(PyObject referent) {
        List<PyWeakref> out = new ArrayList<>();
        ArrayList<Entry> list = BY_REFERENT.get(System.identityHashCode(referent));
        if (list != null) {
            for (Entry e : list) {
                PyWeakref r = e.owner.get();
                if (e.get() == referent && r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * Drops entries whose referent or ref object is gone and calls the callbacks of refs whose
     * referent died, newest first per referent as CPython documents. Callbacks run outside the
     * lock (they may make new references); their exceptions are unraisable, as in CPython.
     */
    static void sweep() {
        List<PyWeakref> due = new ArrayList<>();
        synchronized (WeakrefLists.class) {
            for (Iterator<ArrayList<Entry>> lists = BY_REFERENT.values().iterator(); lists.hasNext();) {
                ArrayList<Entry> list = lists.next();
                for (int i = list.size() - 1; i >= 0; i--) {
                    Entry e = list.get(i);
                    PyWeakref r = e.owner.get();
                    if (r == null || e.get() == null) {
                        list.remove(i);
                        size--;
                        if (r != null && r.hasCallback()) {
                            due.add(r);
                        }
                    }
                }
                if (list.isEmpty()) {
                    lists.remove();
                }
            }
            sweepAt = Math.max(4096, size * 2);
        }
        for (PyWeakref r : due) {
            try {
                Abstract.call(r.callback, r);
            } catch (PyException ex) {
                UnraisableHook.report(ex.value, null, r.callback);
            }
        }
    }
}
