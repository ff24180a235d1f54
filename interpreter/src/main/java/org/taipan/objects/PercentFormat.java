package org.taipan.objects;

/** {@code str % args}: printf-style formatting (the common conversions: s r a d i x X o f F e E g G c %). */
final class PercentFormat {
    private PercentFormat() {
    }

    static String format(String fmt, PyObject args) {
        PyObject[] items;
        boolean isTuple = args instanceof PyTuple;
        items = isTuple ? ((PyTuple) args).items() : new PyObject[] {args};
        PyObject mapping = !isTuple && args.getType().getitem != null && !(args instanceof PyUnicode) ? args : null;
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            i++;
            if (i >= n) {
                throw PyExc.valueError("incomplete format");
            }
            PyObject keyed = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (mapping == null) {
                    throw PyExc.typeError("format requires a mapping");
                }
                keyed = Abstract.getItem(mapping, PyUnicode.of(fmt.substring(i + 1, close)));
                i = close + 1;
            }
            StringBuilder spec = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                spec.append(fmt.charAt(i++));
            }
            String flags = spec.toString();
            String width = "";
            if (i < n && fmt.charAt(i) == '*') {
                width = Abstract.str(items[ai++]).value;
                i++;
            } else {
                int s = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                width = fmt.substring(s, i);
            }
            String prec = "";
            if (i < n && fmt.charAt(i) == '.') {
                int s = ++i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                prec = "." + (i == s ? "0" : fmt.substring(s, i));
            }
            if (i >= n) {
                throw PyExc.valueError("incomplete format");
            }
            char conv = fmt.charAt(i);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            PyObject v;
            if (keyed != null) {
                v = keyed;
            } else {
                if (ai >= items.length) {
                    throw PyExc.typeError("not enough arguments for format string");
                }
                v = items[ai++];
            }
            String align = flags.contains("-") ? "<" : "";
            String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
            String zero = flags.contains("0") && !flags.contains("-") ? "0" : "";
            String alt = flags.contains("#") ? "#" : "";
            String body;
            switch (conv) {
                case 's': body = Abstract.str(v).value; break;
                case 'r': body = Abstract.repr(v).value; break;
                case 'a': body = PyUnicode.asciiOf(Abstract.repr(v).value); break;
                case 'c':
                    body = v instanceof PyUnicode ? ((PyUnicode) v).value
                            : new String(Character.toChars(Abstract.asIndex(v)));
                    break;
                case 'd': case 'i': case 'u': {
                    if (!(v instanceof PyLong) && !(v instanceof PyFloat) && v.getType().index == null && v.getType().asInt == null) {
                        throw PyExc.typeError("%" + conv + " format: a real number is required, not " + v.getType().getName());
                    }
                    PyLong iv = v instanceof PyLong ? (PyLong) v : BuiltinTypeSetup.intNew(v, null);
                    body = FormatSpec.formatInt(iv, align + sign + zero + width + "d");
                    sb.append(body);
                    continue;
                }
                case 'x': case 'X': case 'o': {
                    if (!(v instanceof PyLong) && v.getType().index == null) {
                        throw PyExc.typeError("%" + conv + " format: an integer is required, not " + v.getType().getName());
                    }
                    sb.append(FormatSpec.formatInt(Abstract.index(v), align + sign + alt + zero + width + conv));
                    continue;
                }
                case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
                    double d = NumberProtocol.asDouble(v);
                    if (!(v instanceof PyFloat) && !(v instanceof PyLong) && v.getType().asFloat == null) {
                        throw PyExc.typeError("must be real number, not " + v.getType().getName());
                    }
                    sb.append(FormatSpec.formatFloat(d, align + sign + alt + zero + width + (prec.isEmpty() ? ".6" : prec) + conv));
                    continue;
                }
                default:
                    throw PyExc.valueError("unsupported format character '" + conv + "' (0x"
                            + Integer.toHexString(conv) + ") at index " + i);
            }
            if (!prec.isEmpty() && "sra".indexOf(conv) >= 0) {
                int p = Integer.parseInt(prec.substring(1));
                if (body.length() > p) {
                    body = body.substring(0, p);
                }
            }
            sb.append(FormatSpec.formatStr(body, (align.isEmpty() ? ">" : align) + width));
        }
        if (ai < items.length && mapping == null) {
            throw PyExc.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }
}
