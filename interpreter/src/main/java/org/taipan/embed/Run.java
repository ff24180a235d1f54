package org.taipan.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Interpreter;
import org.taipan.vm.ThreadState;

/**
 * Running Python source from Java: the {@code PyRun_*} family, {@code Py_CompileString} and
 * {@code PyEval_EvalCode}. Code runs in the current thread state's interpreter (the main one, or
 * a sub-interpreter made current); each call takes the GIL for its duration if the calling
 * thread does not hold it. A Python exception surfaces as {@link PythonException}.
 */
public final class Run {
    /** The start symbols: {@code Py_file_input}, {@code Py_eval_input}, {@code Py_single_input}. */
    public enum Mode {
        FILE("exec"), EVAL("eval"), SINGLE("single");

        final String compileMode;

        Mode(String compileMode) {
            this.compileMode = compileMode;
        }
    }

    private Run() {
    }

    /** PyRun_SimpleString: runs statements in {@code __main__}. */
    public static void string(String source) {
        GilState.run(() -> {
            PyDict g = mainDictHere();
            Interpreter.exec(Interpreter.compile(source, "<string>", "exec"), g, g);
        });
    }

    /** PyRun_String: runs {@code source} with the given namespaces; for EVAL, returns the value. */
    public static PyObject string(String source, Mode mode, PyDict globals, PyObject locals) {
        return GilState.call(() -> {
            globals.setStr("__builtins__", builtinsIfMissing(globals));
            return Interpreter.exec(Interpreter.compile(source, "<string>", mode.compileMode), globals,
                    locals == null ? globals : locals);
        });
    }

    /** Evaluates an expression in {@code __main__} and converts the result ({@link Conversion#toJava}). */
    public static Object eval(String expression) {
        return Conversion.toJava(evalObject(expression));
    }

    /** Evaluates an expression in {@code __main__}. */
    public static PyObject evalObject(String expression) {
        return GilState.call(() -> {
            PyDict g = mainDictHere();
            return Interpreter.exec(Interpreter.compile(expression, "<string>", "eval"), g, g);
        });
    }

    /**
     * PyRun_SimpleFile: runs a source file in {@code __main__} with {@code __file__} set during the
     * run, as CPython does; tracebacks name the file as given.
     */
    public static void file(Path file) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String filename = file.toString();
        GilState.run(() -> {
            PyDict g = mainDictHere();
            boolean setFile = !g.containsStr("__file__");
            if (setFile) {
                g.setStr("__file__", PyUnicode.of(filename));
            }
            try {
                Interpreter.exec(Interpreter.compileFile(source, filename), g, g);
            } finally {
                if (setFile) {
                    g.delItemOrNull(PyUnicode.of("__file__"));
                }
            }
        });
    }

    /** Py_CompileString: a code object, or a PythonException carrying the SyntaxError. */
    public static PyCode compile(String source, String filename, Mode mode) {
        return GilState.call(() -> Interpreter.compile(source, filename, mode.compileMode));
    }

    /** PyEval_EvalCode: runs a code object with the given namespaces. */
    public static PyObject evalCode(PyCode code, PyDict globals, PyObject locals) {
        return GilState.call(() -> {
            globals.setStr("__builtins__", builtinsIfMissing(globals));
            return Interpreter.exec(code, globals, locals == null ? globals : locals);
        });
    }

    /** The {@code __main__} namespace of the current thread state's interpreter. */
    public static PyDict mainDict() {
        return GilState.call(Run::mainDictHere);
    }

    static PyDict mainDictHere() {
        PyObject m = ThreadState.current().interp.modules.getStr("__main__");
        if (!(m instanceof PyModule)) {
            throw new IllegalStateException("the interpreter has no __main__ module");
        }
        return m.getDict();
    }

    private static PyObject builtinsIfMissing(PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        return b != null ? b : ThreadState.current().interp.builtins;
    }
}
