package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.ast.Attribute;
import org.taipan.ast.BinOp;
import org.taipan.ast.Call;
import org.taipan.ast.CodePointString;
import org.taipan.ast.Compare;
import org.taipan.ast.Constant;
import org.taipan.ast.DictExpr;
import org.taipan.ast.Expr;
import org.taipan.ast.Expression;
import org.taipan.ast.Keyword;
import org.taipan.ast.ListExpr;
import org.taipan.ast.Name;
import org.taipan.ast.Slice;
import org.taipan.ast.Subscript;
import org.taipan.ast.TupleExpr;
import org.taipan.ast.UnaryOp;
import org.taipan.compile.BinaryOp;
import org.taipan.parse.Parser;

/**
 * str, bytes, bytearray and memoryview behaviour against CPython 3.11: each case in
 * {@code objects/strtypes_cases.txt} (recorded by {@code tools/record_strtypes_cases.py}) is a
 * Python expression evaluated here by a small AST evaluator over {@link Abstract} (calls,
 * attributes, operators, subscripts, literals), compared with CPython's repr or exception text.
 */
class StrTypesExpressionTest {

    private static final Map<String, PyObject> NAMES = new HashMap<>();

    static {
        NAMES.put("str", PyUnicode.TYPE);
        NAMES.put("bytes", PyBytes.TYPE);
        NAMES.put("bytearray", PyByteArray.TYPE);
        NAMES.put("memoryview", PyMemoryView.TYPE);
        NAMES.put("slice", PySlice.TYPE);
        NAMES.put("iter", fn("iter", a -> Abstract.getIter(a[0])));
        NAMES.put("True", PyBool.TRUE);
        NAMES.put("len", fn("len", a -> PyLong.of(Abstract.len(a[0]))));
        NAMES.put("repr", fn("repr", a -> Abstract.repr(a[0])));
        NAMES.put("hash", fn("hash", a -> PyLong.of(Abstract.hash(a[0]))));
        NAMES.put("range", fn("range", a -> {
            List<PyObject> l = new ArrayList<>();
            long lo = a.length > 1 ? ((PyLong) a[0]).longValue() : 0;
            long hi = ((PyLong) a[a.length > 1 ? 1 : 0]).longValue();
            for (long i = lo; i < hi; i++) {
                l.add(PyLong.of(i));
            }
            return new PyList(l);
        }));
        NAMES.put("format", fn("format", a -> Abstract.format(a[0], a.length > 1 ? (PyUnicode) a[1] : PyUnicode.EMPTY)));
    }

    interface Fn {
        PyObject apply(PyObject[] a);
    }

    private static PyObject fn(String name, Fn f) {
        return new PyBuiltinFunction(name, null, (self, args, off, n, kw) -> {
            PyObject[] a = new PyObject[n];
            System.arraycopy(args, off, a, 0, n);
            return f.apply(a);
        });
    }

    static PyObject eval(Expr e) {
        if (e instanceof Constant) {
            Object v = ((Constant) e).value;
            if (v instanceof CodePointString) {
                return PyUnicode.fromConstant(v);
            }
            return PyCode.constant(v);
        }
        if (e instanceof Name) {
            PyObject v = NAMES.get(((Name) e).id);
            if (v == null) {
                throw new IllegalArgumentException("unknown name " + ((Name) e).id);
            }
            return v;
        }
        if (e instanceof TupleExpr) {
            return new PyTuple(evalAll(((TupleExpr) e).elts));
        }
        if (e instanceof ListExpr) {
            PyObject[] items = evalAll(((ListExpr) e).elts);
            return new PyList(items, items.length);
        }
        if (e instanceof DictExpr) {
            PyDict d = new PyDict();
            DictExpr de = (DictExpr) e;
            for (int i = 0; i < de.keys.size(); i++) {
                Abstract.setItem(d, eval(de.keys.get(i)), eval(de.values.get(i)));
            }
            return d;
        }
        if (e instanceof UnaryOp) {
            PyObject v = eval(((UnaryOp) e).operand);
            if (v instanceof PyLong) {
                return PyLong.of(((PyLong) v).bigValue().negate());
            }
            return new PyFloat(-((PyFloat) v).value);
        }
        if (e instanceof BinOp) {
            BinOp b = (BinOp) e;
            BinaryOp op;
            switch (b.op) {
                case Add: op = BinaryOp.ADD; break;
                case Mult: op = BinaryOp.MULTIPLY; break;
                case Mod: op = BinaryOp.REMAINDER; break;
                case Pow: op = BinaryOp.POWER; break;
                default: throw new IllegalArgumentException(b.op.name());
            }
            PyObject l = eval(b.left);
            PyObject r = eval(b.right);
            if (op == BinaryOp.POWER) {
                return PyLong.of(((PyLong) l).bigValue().pow(((PyLong) r).intValue()));
            }
            return NumberProtocol.binaryOp(l, r, op);
        }
        if (e instanceof Compare) {
            Compare c = (Compare) e;
            PyObject l = eval(c.left);
            PyObject r = eval(c.comparators.get(0));
            switch (c.ops.get(0)) {
                case Eq: return Abstract.richCompare(l, r, CompareOp.EQ);
                case NotEq: return Abstract.richCompare(l, r, CompareOp.NE);
                case Lt: return Abstract.richCompare(l, r, CompareOp.LT);
                case LtE: return Abstract.richCompare(l, r, CompareOp.LE);
                case Gt: return Abstract.richCompare(l, r, CompareOp.GT);
                case GtE: return Abstract.richCompare(l, r, CompareOp.GE);
                case In: return PyBool.of(Abstract.contains(r, l));
                case NotIn: return PyBool.of(!Abstract.contains(r, l));
                default: throw new IllegalArgumentException(c.ops.get(0).name());
            }
        }
        if (e instanceof Attribute) {
            return Abstract.getAttr(eval(((Attribute) e).value), ((Attribute) e).attr);
        }
        if (e instanceof Subscript) {
            Subscript s = (Subscript) e;
            PyObject v = eval(s.value);
            PyObject key;
            if (s.slice instanceof Slice) {
                Slice sl = (Slice) s.slice;
                key = new PySlice(orNone(sl.lower), orNone(sl.upper), orNone(sl.step));
            } else {
                key = eval(s.slice);
            }
            return Abstract.getItem(v, key);
        }
        if (e instanceof Call) {
            Call c = (Call) e;
            PyObject f = eval(c.func);
            int n = c.args.size();
            PyObject[] args = new PyObject[n + c.keywords.size()];
            for (int i = 0; i < n; i++) {
                args[i] = eval(c.args.get(i));
            }
            PyObject[] names = new PyObject[c.keywords.size()];
            for (int i = 0; i < names.length; i++) {
                Keyword k = c.keywords.get(i);
                names[i] = PyUnicode.of(k.arg);
                args[n + i] = eval(k.value);
            }
            return Abstract.call(f, args, 0, n, names.length == 0 ? null : new PyTuple(names));
        }
        throw new IllegalArgumentException("unsupported expression " + e.getClass().getSimpleName());
    }

    private static PyObject orNone(Expr e) {
        return e == null ? PyNone.NONE : eval(e);
    }

    private static PyObject[] evalAll(List<Expr> l) {
        PyObject[] out = new PyObject[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = eval(l.get(i));
        }
        return out;
    }

    /** The result as the recorder writes it: repr, or "!Type: message"; non-ASCII-safe. */
    static String outcome(String source) {
        Expr body = ((Expression) Parser.parse(source, "<case>", "eval")).body;
        String r;
        try {
            r = Abstract.repr(eval(body)).value;
        } catch (PyException ex) {
            r = "!" + ex.value.getType().getName() + ": " + Abstract.str(ex.value).value;
        }
        return backslashSurrogates(r);
    }

    private static String backslashSurrogates(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static void check(String resource, int atLeast) throws IOException {
        List<String> failures = new ArrayList<>();
        int total = 0;
        try (InputStream in = StrTypesExpressionTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String expr = line.substring(0, tab);
                String expected = line.substring(tab + 1);
                total++;
                String actual;
                try {
                    actual = outcome(expr);
                } catch (RuntimeException ex) {
                    actual = "JAVA " + ex;
                }
                if (!expected.equals(actual)) {
                    failures.add(expr + "\n    expected: " + expected + "\n    actual:   " + actual);
                }
            }
        }
        assertTrue(total >= atLeast, "cases loaded");
        assertEquals("", String.join("\n", failures), failures.size() + " of " + total + " cases differ");
    }

    @Test
    void casesMatchCPython() throws IOException {
        check("/objects/strtypes_cases.txt", 500);
    }

    /** Searching, splitting, stripping, padding and replacing over a grid of arguments. */
    @Test
    void methodArgumentGridMatchesCPython() throws IOException {
        check("/objects/strtypes_args_cases.txt", 2000);
    }

    /** format(str, spec) and %-formatting of str, int and bytes over a grid of specs and flags. */
    @Test
    void formatGridMatchesCPython() throws IOException {
        check("/objects/strtypes_format_cases.txt", 5000);
    }

    /** Predicates and case mappings over characters that exercise the Unicode tables. */
    @Test
    void unicodePropertiesMatchCPython() throws IOException {
        check("/objects/strtypes_unicode_cases.txt", 900);
    }

    @Test
    void splitSurrogatePairsStayTwoCodePoints() {
        PyUnicode hi = PyUnicode.of("\ud800");
        PyUnicode lo = PyUnicode.of("\udc00");
        PyUnicode s = PyUnicode.concat(hi, lo);
        assertEquals(2, s.length());
        assertEquals("'\\ud800\\udc00'", s.repr());
        PyUnicode joined = PyUnicode.of("\ud800\udc00");
        assertEquals(1, joined.length());
        assertEquals(PyBool.FALSE, Abstract.richCompare(s, joined, CompareOp.EQ));
        assertEquals(0xdc00, s.codePointAt(1));
        int[] cps = {0x61, 0x1F600, 0x62};
        PyUnicode u = PyUnicode.fromCodePoints(cps, 0, 3);
        assertEquals(3, u.length());
        assertEquals(0x62, u.codePointAt(2));
        assertEquals("b", u.slice(2, 3).value);
        BigInteger.ONE.toString();
    }
}
