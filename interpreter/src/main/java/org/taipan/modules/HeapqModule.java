package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.CompareOp;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.vm.InterpreterState;

/**
 * {@code _heapq}: binary min-heaps kept in plain lists ({@code heap[k] <= heap[2k+1]} and
 * {@code heap[2k+2]}), plus the max-heap variants {@code heapq.merge}/{@code nlargest} use. The
 * sifting order is CPython's, so a heap built by the same calls has the same layout, and only
 * {@code <} is ever used to compare items.
 */
public final class HeapqModule {
    private HeapqModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_heapq");
        m.addFunction("heappush", (self, a, off, n, kw) -> {
            fixedArgs("heappush", 2, n, kw);
            PyList heap = list("heappush", a[off], true);
            heap.append(a[off + 1]);
            siftTowardRoot(heap, 0, heap.size() - 1, false);
            return PyNone.NONE;
        });
        m.addFunction("heappop", (self, a, off, n, kw) -> pop("heappop", a, off, n, kw, false));
        m.addFunction("_heappop_max", (self, a, off, n, kw) -> pop("_heappop_max", a, off, n, kw, true));
        m.addFunction("heapreplace", (self, a, off, n, kw) -> replace("heapreplace", a, off, n, kw, false));
        m.addFunction("_heapreplace_max", (self, a, off, n, kw) -> replace("_heapreplace_max", a, off, n, kw, true));
        m.addFunction("heappushpop", (self, a, off, n, kw) -> {
            fixedArgs("heappushpop", 2, n, kw);
            PyList heap = list("heappushpop", a[off], true);
            PyObject item = a[off + 1];
            if (heap.size() == 0) {
                return item;
            }
            PyObject top = heap.get(0);
            if (!less(top, item, heap, heap.size())) {
                return item;
            }
            if (heap.size() == 0) {
                throw PyExc.raise(PyExc.IndexError, "index out of range");
            }
            top = heap.get(0);
            heap.set(0, item);
            siftToLeaf(heap, 0, false);
            return top;
        });
        m.addFunction("heapify", (self, a, off, n, kw) -> heapify("heapify", a, off, n, kw, false));
        m.addFunction("_heapify_max", (self, a, off, n, kw) -> heapify("_heapify_max", a, off, n, kw, true));
        return m;
    }

    private static void fixedArgs(String name, int count, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyExc.typeError("_heapq." + name + "() takes no keyword arguments");
        }
        if (n != count) {
            throw PyExc.typeError(name + " expected " + count + " argument" + (count == 1 ? "" : "s") + ", got " + n);
        }
    }

    private static PyList list(String name, PyObject o, boolean numbered) {
        if (!(o instanceof PyList)) {
            throw PyExc.typeError(name + "() argument" + (numbered ? " 1" : "") + " must be list, not " + o.getType().getName());
        }
        return (PyList) o;
    }

    private static PyObject pop(String name, PyObject[] a, int off, int n, PyTuple kw, boolean max) {
        if (kw != null && kw.size() > 0) {
            throw PyExc.typeError("_heapq." + name + "() takes no keyword arguments");
        }
        ArgParser.checkCount(name, n, 1, 1);
        PyList heap = list(name, a[off], false);
        int size = heap.size();
        if (size == 0) {
            throw PyExc.raise(PyExc.IndexError, "index out of range");
        }
        PyObject last = heap.get(size - 1);
        heap.remove(size - 1);
        if (size == 1) {
            return last;
        }
        PyObject top = heap.get(0);
        heap.set(0, last);
        siftToLeaf(heap, 0, max);
        return top;
    }

    private static PyObject replace(String name, PyObject[] a, int off, int n, PyTuple kw, boolean max) {
        fixedArgs(name, 2, n, kw);
        PyList heap = list(name, a[off], true);
        if (heap.size() == 0) {
            throw PyExc.raise(PyExc.IndexError, "index out of range");
        }
        PyObject top = heap.get(0);
        heap.set(0, a[off + 1]);
        siftToLeaf(heap, 0, max);
        return top;
    }

    private static PyObject heapify(String name, PyObject[] a, int off, int n, PyTuple kw, boolean max) {
        if (kw != null && kw.size() > 0) {
            throw PyExc.typeError("_heapq." + name + "() takes no keyword arguments");
        }
        ArgParser.checkCount(name, n, 1, 1);
        PyList heap = list(name, a[off], false);
        // every node with a child, from the last one back to the root
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftToLeaf(heap, i, max);
        }
        return PyNone.NONE;
    }

    /** {@code a < b} (or {@code b < a} for a max-heap); fails if a comparison resized the heap. */
    private static boolean less(PyObject a, PyObject b, PyList heap, int expectedSize) {
        boolean r = Abstract.richCompareBool(a, b, CompareOp.LT);
        if (heap.size() != expectedSize) {
            throw PyExc.raise(PyExc.RuntimeError, "list changed size during iteration");
        }
        return r;
    }

    private static boolean before(PyObject a, PyObject b, PyList heap, int size, boolean max) {
        return max ? less(b, a, heap, size) : less(a, b, heap, size);
    }

    /** Moves the item at {@code pos} up while it sorts before its parent, stopping at {@code root}. */
    private static void siftTowardRoot(PyList heap, int root, int pos, boolean max) {
        int size = heap.size();
        PyObject item = heap.get(pos);
        while (pos > root) {
            int parentPos = (pos - 1) >> 1;
            PyObject parent = heap.get(parentPos);
            if (!before(item, parent, heap, size, max)) {
                break;
            }
            heap.set(pos, parent);
            pos = parentPos;
        }
        heap.set(pos, item);
    }

    /**
     * Moves the hole at {@code pos} down to a leaf along the smaller children, then lets the
     * displaced item rise back: fewer comparisons than stopping early, since items taken from the
     * end of the heap usually belong near the bottom.
     */
    private static void siftToLeaf(PyList heap, int pos, boolean max) {
        int size = heap.size();
        int start = pos;
        PyObject item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < size) {
            int right = child + 1;
            if (right < size && !before(heap.get(child), heap.get(right), heap, size, max)) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftTowardRoot(heap, start, pos, max);
    }
}
