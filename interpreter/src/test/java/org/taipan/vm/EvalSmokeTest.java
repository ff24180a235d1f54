package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.taipan.compile.BinaryOp;
import org.taipan.compile.CodeData;
import org.taipan.compile.Opcode;
import org.taipan.objects.Abstract;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;

/** Hand-assembled code through the evaluation loop, and object-model basics; expectations from python3. */
class EvalSmokeTest {
    private static PyObject run(int[] code, Object[] consts, int[] exc) {
        int n = code.length;
        CodeData d = new CodeData("<module>", "<module>", "<test>", 1, 0, 0, 0, 0, 8, code, consts,
                new String[0], new String[0], new byte[0], exc, new int[n], new int[n], new int[n], new int[n]);
        PyFrame f = new PyFrame(new PyCode(d), null, new PyDict(), InterpreterState.main().builtins.getDict(), new PyDict());
        return Eval.run(ThreadState.current(), f);
    }

    @Test
    void arithmetic() {
        // 2 + 3 * 4 == 14
        PyObject r = run(new int[] {
            Opcode.LOAD_CONST.encode(0), Opcode.LOAD_CONST.encode(1), Opcode.LOAD_CONST.encode(2),
            Opcode.BINARY_OP.encode(BinaryOp.MULTIPLY.ordinal()), Opcode.BINARY_OP.encode(BinaryOp.ADD.ordinal()),
            Opcode.RETURN_VALUE.encode(0)}, new Object[] {BigInteger.TWO, BigInteger.valueOf(3), BigInteger.valueOf(4)}, new int[0]);
        assertEquals("14", Abstract.repr(r).value);
    }

    @Test
    void exceptionTableCatchesZeroDivision() {
        // try: 1 // 0  except: return 'caught'
        PyObject r = run(new int[] {
            Opcode.LOAD_CONST.encode(0), Opcode.LOAD_CONST.encode(1),
            Opcode.BINARY_OP.encode(BinaryOp.FLOOR_DIVIDE.ordinal()), Opcode.RETURN_VALUE.encode(0),
            Opcode.POP_TOP.encode(0), Opcode.LOAD_CONST.encode(2), Opcode.RETURN_VALUE.encode(0)},
            new Object[] {BigInteger.ONE, BigInteger.ZERO, "caught"}, new int[] {0, 4, 4, 0});
        assertEquals("'caught'", Abstract.repr(r).value);
    }

    @Test
    void intFloorSemanticsAndSetOrder() {
        assertEquals("-4", NumberProtocol.binaryOp(PyLong.of(7), PyLong.of(-2), BinaryOp.FLOOR_DIVIDE).toString());
        assertEquals("2", NumberProtocol.binaryOp(PyLong.of(-7), PyLong.of(3), BinaryOp.REMAINDER).toString());
        assertEquals("18446744073709551616", NumberProtocol.binaryOp(PyLong.of(2), PyLong.of(64), BinaryOp.POWER).toString());
        PySet s = new PySet(false);
        for (int v : new int[] {30, 3, 1, 2, 10}) {
            s.add(PyLong.of(v));
        }
        assertEquals("{1, 2, 3, 10, 30}", Abstract.repr(s).value);
        assertEquals("-2", Long.toString(Abstract.hash(PyLong.of(-1))));
    }

    @Test
    void unboundCallableMessage() {
        try {
            Abstract.call(PyLong.of(3));
        } catch (PyException e) {
            assertEquals("TypeError: 'int' object is not callable", e.getMessage());
            return;
        }
        throw new AssertionError("no exception");
    }
}
