package org.taipan.modules;

import java.util.Map;
import java.util.WeakHashMap;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.vm.ThreadState;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose instance dict is a different
 * one in each thread. The generic attribute protocol asks {@link #getDict()}, which answers the
 * calling thread's dict, creating it on the thread's first use and then running the class's
 * {@code __init__} with the arguments the object was created with, as CPython does.
 */
public class ThreadLocalObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("_thread._local", null, ThreadLocalObject::setup);

    private final PyType type;
    /** Each thread's dict; a finished thread's state (and so its dict) can be collected. */
    private final Map<ThreadState, PyDict> dicts = new WeakHashMap<>();
    private final PyTuple args;
    private final PyDict kwargs;

    ThreadLocalObject(PyType type, PyTuple args, PyDict kwargs) {
        this.type = type;
        this.args = args;
        this.kwargs = kwargs;
        synchronized (dicts) {
            dicts.put(ThreadState.current(), new PyDict());
        }
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        ThreadState ts = ThreadState.current();
        PyDict d;
        synchronized (dicts) {
            d = dicts.get(ts);
            if (d != null) {
                return d;
            }
            d = new PyDict();
            dicts.put(ts, d);
        }
        PyObject init = type.lookup("__init__");
        if (init != null && init != TYPE.lookup("__init__")) {
            PyObject[] a = new PyObject[args.size() + 1];
            a[0] = this;
            for (int i = 0; i < args.size(); i++) {
                a[i + 1] = args.get(i);
            }
            try {
                Abstract.callArgs(init, new PyTuple(a), kwargs);
            } catch (RuntimeException e) {
                synchronized (dicts) {
                    dicts.remove(ts);
                }
                throw e;
            }
        }
        return d;
    }

    private static void setup(PyType t) {
        t.instancesHaveDict = true;
        t.newFunc = (type, a, off, n, kw) -> {
            boolean hasArgs = n > 0 || kw != null && kw.size() > 0;
            if (hasArgs && type.lookup("__init__") == TYPE.lookup("__init__")) {
                throw PyExc.typeError("Initialization arguments are not supported");
            }
            PyObject[] pos = new PyObject[n];
            System.arraycopy(a, off, pos, 0, n);
            PyDict kwargs = null;
            if (kw != null && kw.size() > 0) {
                kwargs = new PyDict();
                for (int i = 0; i < kw.size(); i++) {
                    kwargs.setItem(kw.get(i), a[off + n + i]);
                }
            }
            return new ThreadLocalObject(type, new PyTuple(pos), kwargs);
        };
        t.init = (self, a, off, n, kw) -> {
            // arguments were checked by __new__ (CPython's local_new); object.__init__ would refuse them
        };
        t.getset("__dict__", self -> self.getDict(), null);
    }
}
