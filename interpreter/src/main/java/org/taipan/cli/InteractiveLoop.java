package org.taipan.cli;

import org.taipan.compile.Compiler;
import org.taipan.modules.StdStream;
import org.taipan.modules.SysModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.parse.ParseLimitException;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.vm.Interpreter;
import org.taipan.vm.MainProgram;
import org.taipan.vm.SyntaxErrors;

/**
 * The read-eval-print loop, CPython's {@code PyRun_InteractiveLoop}: prompts with
 * {@code sys.ps1}/{@code sys.ps2}, gathers one statement ({@link InteractiveInput}), compiles it
 * in "single" mode as {@code <stdin>} (so expression values go to {@code sys.displayhook}) and
 * runs it in {@code __main__}. Errors are reported through {@code sys.excepthook} with
 * {@code sys.last_type}/{@code last_value}/{@code last_traceback} set; SystemExit ends the loop
 * with its status; end of input ends it with status 0.
 */
public final class InteractiveLoop {
    private final PromptReader reader;
    private final PyDict globals;

    public InteractiveLoop(PromptReader reader, PyDict globals) {
        this.reader = reader;
        this.globals = globals;
    }

    /** Runs until end of input or SystemExit; returns the exit status. */
    public int run() {
        InteractiveInput input = new InteractiveInput();
        try {
            while (true) {
                String line;
                try {
                    if (input.isEmpty()) {
                        // CPython parses each statement as it is read, raising this event (with
                        // no source text) before the first line, even when input then ends.
                        org.taipan.modules.AuditHooks.raise("compile", PyNone.NONE,
                                org.taipan.objects.PyUnicode.of("<stdin>"));
                    }
                    line = reader.readLine(prompt(input.isEmpty() ? "ps1" : "ps2"));
                } catch (PromptReader.Interrupted e) {
                    input.clear();
                    // The terminal reader has already ended the line.
                    writeStderr("KeyboardInterrupt\n");
                    continue;
                } catch (PyException e) {
                    Integer status = report(e.value);
                    if (status != null) {
                        return status;
                    }
                    input.clear();
                    continue;
                }
                if (line == null) {
                    writeStderr("\n");
                    if (!input.isEmpty() && input.source().strip().length() > 0) {
                        Integer status = runStatement(input.source());
                        if (status != null) {
                            return status;
                        }
                    }
                    return 0;
                }
                InteractiveInput.State state = input.add(line);
                if (state == InteractiveInput.State.MORE) {
                    continue;
                }
                String source = input.source();
                input.clear();
                if (state == InteractiveInput.State.EMPTY) {
                    continue;
                }
                Integer status = runStatement(source);
                if (status != null) {
                    return status;
                }
            }
        } finally {
            reader.close();
        }
    }

    /** Compiles and runs one statement; returns an exit status if it raised SystemExit. */
    private Integer runStatement(String source) {
        try {
            PyCode code;
            try {
                code = new PyCode(Compiler.compile(Parser.parse(source, "<stdin>", "single"),
                        "<stdin>", "single", 0, 0));
            } catch (SyntaxErrorException e) {
                throw SyntaxErrors.toPython(e);
            } catch (ParseLimitException e) {
                throw PyExc.raise(PyExc.ALL.getOrDefault(e.pythonType, PyExc.SyntaxError), e.msg);
            }
            Interpreter.exec(code, globals, globals);
            return null;
        } catch (PyException e) {
            return report(e.value);
        } finally {
            flush();
        }
    }

    /** Reports an exception; SystemExit gives the status to exit with instead. */
    private static Integer report(PyBaseException exc) {
        if (exc.getType().isSubtypeOf(PyExc.SystemExit)) {
            return MainProgram.handleUncaught(exc, org.taipan.modules.Stdio.err());
        }
        MainProgram.printException(exc, org.taipan.modules.Stdio.err());
        return null;
    }

    private static String prompt(String name) {
        PyObject p = org.taipan.vm.ThreadState.current().interp.sys.getDict().getStr(name);
        if (p == null) {
            return "";
        }
        try {
            return Abstract.str(p).value;
        } catch (PyException e) {
            return "";
        }
    }

    private static void writeStderr(String s) {
        PyObject err = SysModule.stream("stderr");
        if (err != PyNone.NONE) {
            StdStream.writeTo(err, s);
        }
    }

    /** CPython flushes both streams after each statement (flush_io). */
    private static void flush() {
        for (String name : new String[] {"stderr", "stdout"}) {
            try {
                PyObject s = SysModule.stream(name);
                if (s != PyNone.NONE) {
                    Abstract.callMethod(s, "flush");
                }
            } catch (PyException e) {
                // a broken stream is reported when it is next used
            }
        }
    }
}
