package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.compile.CodeData;
import org.taipan.compile.Compiler;
import org.taipan.parse.Parser;
import org.taipan.vm.Eval;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/**
 * int, float, complex and number formatting, expression by expression against CPython 3.11.7:
 * each line of {@code numbers/*.golden} (recorded by {@code tools/record_number_goldens.py}) is an
 * expression and its repr or its exception; the expression is compiled and run by the VM. Its
 * literals are wrapped in an identity call {@code _(…)} so that the runtime's number types, not
 * the compiler's constant folding, compute the results.
 */
class NumberExpressionsTest {
    private static final String[] FILES = {"int", "float", "complex", "format", "format_fuzz", "float_fuzz", "math"};

    @TestFactory
    Stream<DynamicTest> expressions() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            String text;
            try (InputStream in = NumberExpressionsTest.class.getResourceAsStream("/numbers/" + file + ".golden")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                String expr = line.substring(0, tab);
                String expected = line.substring(tab + 1);
                tests.add(DynamicTest.dynamicTest(file + ": " + expr, () -> assertEquals(expected, evaluate(expr), expr)));
            }
        }
        return tests.stream();
    }

    /** '= repr' of the expression's value, or '! Type: message' of the exception it raised. */
    static String evaluate(String expr) {
        PyLong.setMaxStrDigits(PyLong.DEFAULT_MAX_STR_DIGITS); // other tests in this JVM may have changed it
        try {
            CodeData code = Compiler.compile(Parser.parse(expr, "<expr>", "eval"), "<expr>", "eval", 0, -1);
            PyDict globals = new PyDict();
            globals.setItem(PyUnicode.of("math"), org.taipan.modules.MathModule.create());
            PyDict builtins = new PyDict();
            PyDict real = InterpreterState.main().builtins.getDict();
            builtins.update(real);
            addNumberBuiltins(builtins);
            PyFrame f = new PyFrame(new PyCode(code), null, globals, builtins, globals);
            return "= " + Abstract.repr(Eval.run(ThreadState.current(), f)).value;
        } catch (PyException e) {
            return "! " + e.getMessage();
        }
    }

    /** The numeric builtins the expressions use, over the number protocol (in case the builtins module lacks them). */
    private static void addNumberBuiltins(PyDict b) {
        fn(b, "_", a -> a[0]); // the identity that keeps literals from being constant-folded
        fn(b, "divmod", a -> {
            PyObject r = IntMethods.divmod(a[0], a[1]);
            if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                r = FloatMethods.divmod(a[0], a[1]);
            }
            if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                throw PyExc.typeError("unsupported operand type(s) for divmod(): '" + a[0].getType().getName()
                        + "' and '" + a[1].getType().getName() + "'");
            }
            return r;
        });
        fn(b, "round", a -> {
            PyObject m = Abstract.lookupSpecial(a[0], "__round__");
            if (m == null) {
                throw PyExc.typeError("type " + a[0].getType().getName() + " doesn't define __round__ method");
            }
            return a.length == 1 || a[1] == PyNone.NONE ? Abstract.call(m) : Abstract.call(m, a[1]);
        });
        fn(b, "pow", a -> NumberProtocol.power(a[0], a[1], a.length > 2 ? a[2] : null));
        fn(b, "format", a -> Abstract.format(a[0], a.length > 1 ? (PyUnicode) a[1] : PyUnicode.EMPTY));
        fn(b, "bin", a -> PyUnicode.of(FormatSpec.formatInt(Abstract.index(a[0]), "#b")));
        fn(b, "oct", a -> PyUnicode.of(FormatSpec.formatInt(Abstract.index(a[0]), "#o")));
        fn(b, "hex", a -> PyUnicode.of(FormatSpec.formatInt(Abstract.index(a[0]), "#x")));
    }

    private interface Fn {
        PyObject apply(PyObject[] args);
    }

    private static void fn(PyDict b, String name, Fn f) {
        b.setItem(PyUnicode.of(name), new PyBuiltinFunction(name, null, (self, args, off, n, kw) -> {
            PyObject[] a = new PyObject[n];
            System.arraycopy(args, off, a, 0, n);
            return f.apply(a);
        }));
    }
}
