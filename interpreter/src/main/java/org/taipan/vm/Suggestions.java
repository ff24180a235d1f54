package org.taipan.vm;

import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * CPython 3.11's "Did you mean" suggestions for NameError and AttributeError: the candidate
 * with the smallest Levenshtein distance (case changes cost 1, other edits 2) within a budget
 * proportional to the names' lengths.
 */
final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MAX_CANDIDATES = 750;

    private Suggestions() {
    }

    static String forException(PyBaseException exc) {
        try {
            if (exc.getType().isSubtypeOf(PyExc.AttributeError)) {
                PyObject name = exc.attr("name");
                PyObject obj = exc.attr("obj");
                if (!(name instanceof PyUnicode) || obj == PyNone.NONE && !exc.getDict().containsStr("obj")) {
                    return null;
                }
                List<String> dir = new ArrayList<>();
                PyObject d = Abstract.lookupSpecial(obj, "__dir__");
                if (d == null) {
                    return null;
                }
                PyObject it = Abstract.getIter(Abstract.call(d));
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    if (x instanceof PyUnicode) {
                        dir.add(((PyUnicode) x).value);
                    }
                }
                java.util.Collections.sort(dir);
                return best(dir, ((PyUnicode) name).value);
            }
            if (exc.getType().isSubtypeOf(PyExc.NameError)) {
                PyObject name = exc.attr("name");
                if (!(name instanceof PyUnicode) || !(exc.traceback instanceof Traceback)) {
                    return null;
                }
                Traceback tb = (Traceback) exc.traceback;
                while (tb.next instanceof Traceback) {
                    tb = (Traceback) tb.next;
                }
                PyFrame f = tb.frame;
                String n = ((PyUnicode) name).value;
                List<String> dir = new ArrayList<>();
                for (PyUnicode v : f.code.localsPlusNames) {
                    dir.add(v.value);
                }
                String s = best(dir, n);
                if (s == null) {
                    s = best(keys(f.globals), n);
                }
                if (s == null) {
                    s = best(keys(f.builtins), n);
                }
                return s;
            }
        } catch (PyException e) {
            return null;
        }
        return null;
    }

    private static List<String> keys(PyDict d) {
        List<String> l = new ArrayList<>();
        for (PyObject k : d.keySet()) {
            if (k instanceof PyUnicode) {
                l.add(((PyUnicode) k).value);
            }
        }
        return l;
    }

    static String best(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATES || name.length() > MAX_STRING_SIZE) {
            return null;
        }
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String item : dir) {
            if (item.equals(name)) {
                continue;
            }
            int maxDistance = (name.length() + item.length() + 3) * MOVE_COST / 6;
            if (suggestionDistance - 1 < maxDistance) {
                maxDistance = suggestionDistance - 1;
            }
            int d = levenshtein(name, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return CASE_COST;
        }
        return MOVE_COST;
    }

    /** Levenshtein distance on UTF-8 bytes like CPython; ASCII names are the common case. */
    static int levenshtein(String as, String bs, int maxCost) {
        byte[] a = as.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = bs.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int aStart = 0;
        int bStart = 0;
        int aSize = a.length;
        int bSize = b.length;
        while (aSize > 0 && bSize > 0 && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
            aSize--;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a[aStart + aSize - 1] == b[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        int tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            char code = (char) (b[bStart + bi] & 0xFF);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, (char) (a[aStart + i] & 0xFF));
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
