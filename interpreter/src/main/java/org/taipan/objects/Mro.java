package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/** CPython's C3 linearisation of a class's bases ({@code type.mro()}), with its error message. */
final class Mro {
    private Mro() {
    }

    static PyType[] compute(PyType t, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            List<PyType> l = new ArrayList<>();
            for (PyType x : b.mro) {
                l.add(x);
            }
            seqs.add(l);
        }
        List<PyType> bl = new ArrayList<>();
        for (PyType b : bases) {
            if (bl.contains(b)) {
                throw PyExc.typeError("duplicate base class " + b.getName());
            }
            bl.add(b);
        }
        seqs.add(bl);
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                List<PyType> seen = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    PyType head = s.get(0);
                    if (!seen.contains(head)) {
                        seen.add(head);
                        sb.append(seen.size() == 1 ? " " : ", ").append(head.getName());
                    }
                }
                throw PyExc.typeError(sb.toString());
            }
            result.add(next);
            for (List<PyType> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }
}
