package org.taipan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.modules.SysModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Interpreter;
import org.taipan.vm.MainProgram;
import org.taipan.vm.ThreadState;

/**
 * What happens when the interpreter turns interactive (CPython's {@code pymain_run_stdin} and
 * {@code pymain_repl}): the {@code PYTHONSTARTUP} file when there was no program, then
 * {@code sys.__interactivehook__}, default {@code sys.ps1}/{@code sys.ps2}, and the loop on a
 * terminal (JLine) or on the piped stdin.
 */
public final class InteractiveSession implements MainProgram.Interactive {
    private final boolean terminal;
    /**
     * $PYTHONSTARTUP ("" when unset) when the session replaces a program, or null when it
     * follows one (-i): then neither the startup file nor the cpython.run_stdin event.
     */
    private final String startupFile;

    public InteractiveSession(boolean terminal, String startupFile) {
        this.terminal = terminal;
        this.startupFile = startupFile;
    }

    @Override
    public int run(PyDict mainGlobals) {
        PyDict sys = ThreadState.current().interp.sys.getDict();
        if (startupFile != null && !startupFile.isEmpty()) {
            // Only when the session replaces a program: "" means $PYTHONSTARTUP is unset.
            runStartup(mainGlobals);
        }
        runInteractiveHook(sys);
        if (startupFile != null) {
            try {
                org.taipan.modules.AuditHooks.raise("cpython.run_stdin");
            } catch (PyException e) {
                MainProgram.printException(e.value, org.taipan.modules.Stdio.err());
                return 1;
            }
        }
        if (sys.getStr("ps1") == null) {
            sys.setStr("ps1", PyUnicode.of(">>> "));
        }
        if (sys.getStr("ps2") == null) {
            sys.setStr("ps2", PyUnicode.of("... "));
        }
        PromptReader reader = terminal ? TerminalPromptReader.forSystemTerminal() : null;
        if (reader == null) {
            reader = new StreamPromptReader();
        }
        return new InteractiveLoop(reader, mainGlobals).run();
    }

    private void runStartup(PyDict mainGlobals) {
        try {
            org.taipan.modules.AuditHooks.raise("cpython.run_startup", PyUnicode.of(startupFile));
            Path p = org.taipan.modules.Stdio.workingDirectory().resolve(startupFile);
            byte[] source;
            try {
                source = Files.readAllBytes(p);
            } catch (IOException e) {
                // CPython reports an unreadable startup file on stderr and carries on.
                writeStderr("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '"
                        + startupFile + "'\n");
                return;
            }
            Interpreter.exec(Interpreter.compileFile(source, startupFile), mainGlobals, mainGlobals);
        } catch (PyException e) {
            MainProgram.printException(e.value, org.taipan.modules.Stdio.err());
        }
    }

    private static void runInteractiveHook(PyDict sys) {
        PyObject hook = sys.getStr("__interactivehook__");
        if (hook == null || hook == PyNone.NONE) {
            return;
        }
        try {
            org.taipan.modules.AuditHooks.raise("cpython.run_interactivehook", hook);
            Abstract.call(hook);
        } catch (PyException e) {
            writeStderr("Failed calling sys.__interactivehook__\n");
            MainProgram.printException(e.value, org.taipan.modules.Stdio.err());
        }
    }

    private static void writeStderr(String s) {
        PyObject err = SysModule.stream("stderr");
        if (err != PyNone.NONE) {
            org.taipan.modules.StdStream.writeTo(err, s);
        }
    }
}
