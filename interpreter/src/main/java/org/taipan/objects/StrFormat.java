package org.taipan.objects;

/** {@code str.format}: replacement fields with auto/manual numbering, keywords, attribute/index access, conversions and specs. */
final class StrFormat {
    private StrFormat() {
    }

    static String format(String fmt, PyObject[] a, int off, int n, PyTuple kw) {
        StringBuilder sb = new StringBuilder();
        int auto = 0;
        int len = fmt.length();
        for (int i = 0; i < len; i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < len && fmt.charAt(i + 1) == '{') {
                    sb.append('{');
                    i++;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < len && depth > 0) {
                    if (fmt.charAt(j) == '{') {
                        depth++;
                    } else if (fmt.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyExc.valueError("expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, j - 1);
                String spec = "";
                char conv = 0;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                int k = 0;
                while (k < field.length() && field.charAt(k) != '.' && field.charAt(k) != '[') {
                    k++;
                }
                String head = field.substring(0, k);
                PyObject v;
                if (head.isEmpty()) {
                    if (auto < 0) {
                        throw PyExc.valueError("cannot switch from manual field specification to automatic field numbering");
                    }
                    if (auto >= n) {
                        throw PyExc.indexError("Replacement index " + auto + " out of range for positional args tuple");
                    }
                    v = a[off + auto++];
                } else if (Character.isDigit(head.charAt(0))) {
                    int idx = Integer.parseInt(head);
                    if (auto > 0) {
                        throw PyExc.valueError("cannot switch from automatic field numbering to manual field specification");
                    }
                    auto = -1;
                    if (idx >= n) {
                        throw PyExc.indexError("Replacement index " + idx + " out of range for positional args tuple");
                    }
                    v = a[off + idx];
                } else {
                    v = null;
                    for (int q = 0; kw != null && q < kw.size(); q++) {
                        if (((PyUnicode) kw.get(q)).value.equals(head)) {
                            v = a[off + n + q];
                        }
                    }
                    if (v == null) {
                        throw PyExc.keyError(PyUnicode.of(head));
                    }
                }
                while (k < field.length()) {
                    if (field.charAt(k) == '.') {
                        int e = k + 1;
                        while (e < field.length() && field.charAt(e) != '.' && field.charAt(e) != '[') {
                            e++;
                        }
                        v = Abstract.getAttr(v, field.substring(k + 1, e));
                        k = e;
                    } else {
                        int e = field.indexOf(']', k);
                        String key = field.substring(k + 1, e);
                        PyObject kk = key.matches("\\d+") ? PyLong.of(Long.parseLong(key)) : PyUnicode.of(key);
                        v = Abstract.getItem(v, kk);
                        k = e + 1;
                    }
                }
                if (conv == 'a') {
                    v = PyUnicode.of(PyUnicode.asciiOf(Abstract.repr(v).value));
                } else if (conv == 'r') {
                    v = Abstract.repr(v);
                } else if (conv == 's') {
                    v = Abstract.str(v);
                }
                if (spec.contains("{")) {
                    spec = format(spec, a, off, n, kw);
                }
                sb.append(Abstract.format(v, PyUnicode.of(spec)).value);
                i = j - 1;
            } else if (c == '}') {
                if (i + 1 < len && fmt.charAt(i + 1) == '}') {
                    i++;
                    sb.append('}');
                    continue;
                }
                throw PyExc.valueError("Single '}' encountered in format string");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
