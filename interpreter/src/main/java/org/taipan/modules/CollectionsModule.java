package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyMethodDescr;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _collections}: the container types of {@code collections} written in Java (deque) and
 * {@code _count_elements}, the counting loop of {@code Counter}, and OrderedDict's
 * {@code move_to_end} and {@code popitem} (method descriptors of dict, which {@code OrderedDict}
 * takes as its own methods: an LRU cache calls them once per access).
 */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_collections");
        m.add("deque", PyDeque.TYPE);
        m.add("_tuplegetter", TupleGetter.TYPE);
        m.add("defaultdict", PyDefaultDict.TYPE);
        m.addFunction("_count_elements", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("_count_elements", kw);
            ArgParser.checkCount("_count_elements", n, 2, 2);
            countElements(a[off], a[off + 1]);
            return PyNone.NONE;
        });
        m.add("_odict_move_to_end", PyMethodDescr.of(PyDict.TYPE, "move_to_end", CollectionsModule::moveToEnd));
        m.add("_odict_popitem", PyMethodDescr.of(PyDict.TYPE, "popitem", CollectionsModule::popItem));
        return m;
    }

    private static final String[] MOVE_TO_END = {"key", "last"};
    private static final String[] POPITEM = {"last"};

    /** {@code OrderedDict.move_to_end(key, last=True)}: KeyError(key) when the key is absent. */
    private static PyObject moveToEnd(PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
        PyObject[] args = ArgParser.bind("move_to_end", MOVE_TO_END, 0, 1, a, off, n, kw);
        PyDict d = (PyDict) self;
        PyObject key = args[0];
        PyObject value = d.delItemOrNull(key);
        if (value == null) {
            throw PyExc.keyError(key);
        }
        if (args[1] == null || Abstract.isTrue(args[1])) {
            d.setItem(key, value);
            return PyNone.NONE;
        }
        // to the front: the other entries go in again after it, in their order
        int size = d.size();
        PyObject[] rest = new PyObject[2 * size];
        int i = 0;
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            rest[i++] = d.keyAt(e);
            rest[i++] = d.valueAt(e);
        }
        d.clear();
        d.setItem(key, value);
        for (int j = 0; j < i; j += 2) {
            d.setItem(rest[j], rest[j + 1]);
        }
        return PyNone.NONE;
    }

    /** {@code OrderedDict.popitem(last=True)}: the (key, value) pair of the last or first entry. */
    private static PyObject popItem(PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
        PyObject[] args = ArgParser.bind("popitem", POPITEM, 0, 0, a, off, n, kw);
        PyDict d = (PyDict) self;
        if (d.size() == 0) {
            throw PyExc.keyError(PyUnicode.of("dictionary is empty"));
        }
        PyObject key;
        if (args[0] == null || Abstract.isTrue(args[0])) {
            key = d.keyAt(d.prevEntry(Integer.MAX_VALUE));
        } else {
            key = d.keyAt(d.nextEntry(0));
        }
        PyObject value = d.delItemOrNull(key);
        if (value == null) {
            throw PyExc.keyError(key); // the key's __eq__ or __hash__ changed the dict
        }
        return new PyTuple(key, value);
    }

    /**
     * {@code mapping[x] = mapping.get(x, 0) + 1} for each x of {@code iterable}; straight on the
     * table when {@code mapping} is a dict whose {@code get} and {@code __setitem__} are dict's.
     */
    static void countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        PyLong one = PyLong.of(1);
        PyType t = mapping.getType();
        if (mapping instanceof PyDict d && t.lookup("get") == PyDict.TYPE.lookup("get")
                && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__")) {
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                PyObject old = d.getItem(x);
                d.setItem(x, old == null ? one : NumberProtocol.add(old, one));
            }
            return;
        }
        PyObject get = Abstract.getAttr(mapping, "get");
        PyLong zero = PyLong.of(0);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            Abstract.setItem(mapping, x, NumberProtocol.add(Abstract.call(get, x, zero), one));
        }
    }
}
