package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.taipan.compile.BinaryOp;

/**
 * The object model through its Java API: every expected value was printed by python3 (3.11.7)
 * for the equivalent Python expression, given in each comment.
 */
class ObjectModelTest {
    private static PyObject i(long v) {
        return PyLong.of(v);
    }

    private static String repr(PyObject o) {
        return Abstract.repr(o).value;
    }

    private static PyObject op(PyObject a, BinaryOp op, PyObject b) {
        return NumberProtocol.binaryOp(a, b, op);
    }

    private static String raises(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.getMessage();
    }

    @Test
    void hashesMatchCPython() {
        assertEquals(1, Abstract.hash(PyLong.of(BigInteger.TWO.pow(61))));            // hash(2**61)
        assertEquals(-4, Abstract.hash(PyLong.of(BigInteger.TWO.pow(63).negate())));   // hash(-2**63)
        assertEquals(465258685558744706L, Abstract.hash(PyLong.of(BigInteger.TEN.pow(30)))); // hash(10**30)
        assertEquals(-2, Abstract.hash(i(-1)));                                          // hash(-1)
        assertEquals(1152921504606846976L, Abstract.hash(new PyFloat(0.5)));             // hash(0.5)
        assertEquals(1152921504606846977L, Abstract.hash(new PyFloat(1.5)));             // hash(1.5)
        assertEquals(-1152921504606846978L, Abstract.hash(new PyFloat(-2.5)));           // hash(-2.5)
        assertEquals(-3550055125485641917L, Abstract.hash(new PyTuple(i(1), i(2))));     // hash((1, 2))
        assertEquals(5740354900026072187L, Abstract.hash(PyTuple.EMPTY));                // hash(())
        PySet fs = new PySet(true);
        fs.update(new PyTuple(i(1), i(2), i(3)));
        assertEquals(-272375401224217160L, Abstract.hash(fs));                           // hash(frozenset({1, 2, 3}))
        assertEquals(Abstract.hash(i(3)), Abstract.hash(new PyFloat(3.0)));              // hash(3) == hash(3.0)
    }

    @Test
    void setIterationOrderFollowsCPythonsTable() {
        assertEquals("{1, 2, 3, 10, 30}", repr(set(30, 3, 1, 2, 10)));
        assertEquals("{8, 16, 0, 24}", repr(set(8, 16, 0, 24)));
        assertEquals("{5, -1, -2}", repr(set(-1, -2, 5)));
    }

    private static PySet set(long... vs) {
        PySet s = new PySet(false);
        for (long v : vs) {
            s.add(i(v));
        }
        return s;
    }

    @Test
    void intArithmeticFloorsAndOverflows() {
        assertEquals("-4", repr(op(i(7), BinaryOp.FLOOR_DIVIDE, i(-2))));                 // 7 // -2
        assertEquals("2", repr(op(i(-7), BinaryOp.REMAINDER, i(3))));                     // -7 % 3
        assertEquals("1267650600228229401496703205376", repr(op(i(2), BinaryOp.POWER, i(100))));
        assertEquals("-1", repr(op(i(-1), BinaryOp.RSHIFT, i(70))));                      // -1 >> 70
        assertEquals("1180591620717411303424", repr(op(i(1), BinaryOp.LSHIFT, i(70))));  // 1 << 70
        assertEquals("9223372036854775808", repr(op(i(Long.MAX_VALUE), BinaryOp.ADD, i(1))));
        assertEquals("255", repr(PyLong.parse("0x_ff", 0, PyUnicode.of("0x_ff"))));       // int('0x_ff', 0)
        assertEquals("-123", repr(PyLong.parse(" -12_3 ", 10, PyUnicode.of(" -12_3 ")))); // int(' -12_3 ')
        assertEquals("ZeroDivisionError: integer division or modulo by zero",
                raises(() -> op(i(1), BinaryOp.FLOOR_DIVIDE, i(0))));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                raises(() -> op(i(1), BinaryOp.ADD, PyUnicode.of("a"))));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str",
                raises(() -> op(PyUnicode.of("a"), BinaryOp.ADD, i(1))));
    }

    @Test
    void formatting() {
        assertEquals("3.14", FormatSpec.formatFloat(3.14159, ".2f"));
        assertEquals("1,234,567", FormatSpec.formatInt((PyLong) i(1234567), ","));
        assertEquals("0xff", FormatSpec.formatInt((PyLong) i(255), "#x"));
        assertEquals("1e+20", FormatSpec.formatFloat(1e20, "g"));
        assertEquals("0.000123", FormatSpec.formatFloat(0.0001234, ".3g"));
        assertEquals("-0000007", FormatSpec.formatInt((PyLong) i(-7), "08d"));
        assertEquals("  ab  ", FormatSpec.formatStr("ab", "^6"));
        assertEquals("  2.2|7   |x", PercentFormat.format("%5.1f|%-4d|%s",
                new PyTuple(new PyFloat(2.25), i(7), PyUnicode.of("x"))));
        assertEquals("1e+16", repr(new PyFloat(1e16)));
    }

    @Test
    void exceptionsHaveCPythonsStrAndSubclasses() {
        PyObject e = Abstract.call(PyExc.OSError, i(2), PyUnicode.of("No such file"), PyUnicode.of("f"));
        assertSame(PyExc.FileNotFoundError, e.getType());                                // type(OSError(2, ...))
        assertEquals("[Errno 2] No such file: 'f'", Abstract.str(e).value);
        assertEquals("'k'", Abstract.str(Abstract.call(PyExc.KeyError, PyUnicode.of("k"))).value);
        assertEquals("ValueError('a', 1)", repr(Abstract.call(PyExc.ValueError, PyUnicode.of("a"), i(1))));
    }

    private static PyType cls(String name, PyType... bases) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyUnicode.of("__main__"));
        return TypeCreation.newClass(PyType.TYPE, name, new PyTuple(bases), ns, new PyDict());
    }

    @Test
    void c3MroAndItsError() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        PyType c = cls("C", a);
        PyType d = cls("D", b, c);
        StringBuilder names = new StringBuilder();
        for (PyType t : d.mro) {
            names.append(t.getName()).append(' ');
        }
        assertEquals("D B C A object ", names.toString());                              // D.__mro__
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
                raises(() -> cls("E", a, b)));
        assertEquals("<class '__main__.D'>", repr(d));
    }

    @Test
    void slotsFollowClassAttributes() {
        // class V: pass; V.__len__ = <a method returning 3>; len(V()) == 3; del V.__len__ -> TypeError
        PyType v = cls("V");
        PyObject obj = Abstract.call(v);
        assertEquals("TypeError: object of type 'V' has no len()", raises(() -> Abstract.len(obj)));
        PyMethodDescr len3 = new PyMethodDescr(PyBaseObject.TYPE, "__len__", 0, 0,
                (PyMethodDescr.M0) self -> PyLong.of(3));
        Abstract.setAttr(v, "__len__", len3);
        assertEquals(3, Abstract.len(obj));
        PyType sub = cls("W", v);
        assertEquals(3, Abstract.len(Abstract.call(sub)));                                // inherited slot
        Abstract.delAttr(v, PyUnicode.of("__len__"));
        assertEquals("TypeError: object of type 'W' has no len()", raises(() -> Abstract.len(Abstract.call(sub))));
    }

    @Test
    void subclassOfBuiltinKeepsNativeSlotsAndGetsADict() {
        PyType l = cls("L", PyList.TYPE);                                                // class L(list): pass
        PyObject x = Abstract.call(l, new PyTuple(i(1), i(2)));
        assertTrue(x instanceof PyList);
        assertSame(PyList.TYPE.len, l.len);
        Abstract.setAttr(x, "tag", i(5));
        assertEquals("[1, 2] 5", repr(x) + " " + repr(Abstract.getAttr(x, "tag")));
    }

    @Test
    void builtinCallablesAreDistinctTypes() {
        PyObject append = PyList.TYPE.dict.getStr("append");
        assertEquals("method_descriptor", append.getType().getName());                   // type(list.append)
        assertEquals("builtin_function_or_method", Abstract.getAttr(new PyList(), "append").getType().getName());
        assertEquals("wrapper_descriptor", PyLong.TYPE.dict.getStr("__add__").getType().getName());
        assertEquals("method-wrapper", Abstract.getAttr(i(1), "__add__").getType().getName());
        assertEquals("TypeError: list.append() takes exactly one argument (0 given)",
                raises(() -> Abstract.callMethod(new PyList(), "append")));
    }
}
