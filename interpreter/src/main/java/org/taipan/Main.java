package org.taipan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.AstDump;
import org.taipan.ast.Mod;
import org.taipan.cli.CommandLine;
import org.taipan.cli.HelpText;
import org.taipan.compile.CodeData;
import org.taipan.compile.Compiler;
import org.taipan.modules.Stdio;
import org.taipan.objects.PyCode;
import org.taipan.parse.ParseLimitException;
import org.taipan.parse.Parser;
import org.taipan.parse.SourceDecoder;
import org.taipan.parse.SyntaxErrorFormatter;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.vm.MainProgram;

/**
 * Entry point of taipan.jar: the {@code python3}-like command line. Options, messages and exit
 * statuses follow CPython's (2 for a usage error or an unreadable script, 1 for an uncaught
 * exception). A program is parsed, compiled and run as {@code __main__} by {@link MainProgram}.
 */
public final class Main {
    /** The version of the Python language we implement, as {@code python3 -V} prints it. */
    public static final String PYTHON_VERSION = "3.11.7";
    public static final String TAIPAN_VERSION = "0.1.0";

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    public static String programName() {
        return System.getProperty("taipan.executable", "taipan");
    }

    /** Runs a command line and returns the process exit status. */
    /**
     * Runs a command line as if started in directory {@code cwd} with {@code in} as standard
     * input (for embedding and tests: a JVM cannot change its working directory).
     */
    public static int run(String[] argv, java.io.InputStream in, PrintStream out, PrintStream err, Path cwd) {
        Stdio.setInput(in);
        Stdio.setWorkingDirectory(cwd);
        try {
            return run(argv, out, err);
        } finally {
            Stdio.setInput(null);
            Stdio.setWorkingDirectory(null);
        }
    }

    /** A path from the command line, relative to the (possibly simulated) working directory. */
    private static Path resolve(String p) {
        return Stdio.workingDirectory().resolve(p);
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(argv);
        } catch (CommandLine.UsageException e) {
            err.println(e.getMessage());
            err.println(HelpText.usageLine(programName()));
            err.println("Try `python -h' for more information.");
            return 2;
        }
        org.taipan.modules.SysConfig.configure(cl, argv);
        switch (cl.mode) {
            case HELP:
                out.print(HelpText.full(programName()));
                return 0;
            case VERSION:
                out.println(cl.versionCount > 1
                        ? "Python " + PYTHON_VERSION + " (taipan " + TAIPAN_VERSION + ", Java "
                          + System.getProperty("java.version") + ")"
                        : "Python " + PYTHON_VERSION);
                return 0;
            case MODULE: {
                PrintStream outStream = out == System.out
                        ? new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8) : out;
                PrintStream errStream = err == System.err
                        ? new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8) : err;
                Stdio.configure(outStream, errStream);
                return MainProgram.runModule(cl.target, cl.args, errStream);
            }
            default:
                return runSource(cl, out, err);
        }
    }

    private static int runSource(CommandLine cl, PrintStream out, PrintStream err) {
        boolean terminal = stdinIsTerminal();
        boolean interactiveStdin = cl.mode == CommandLine.Mode.STDIN && (terminal || cl.inspect);
        if (interactiveStdin) {
            if (!cl.quiet) {
                // CPython's banner (pymain_header): on stderr, only when no program runs.
                err.println(banner());
                err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
            }
            List<String> argv = new ArrayList<>();
            argv.add(cl.target != null ? cl.target : "");
            argv.addAll(cl.args);
            Stdio.configure(processStream(out, false), processStream(err, true));
            String startup = environment(cl, "PYTHONSTARTUP");
            return MainProgram.run(null, "<stdin>", false, argv, "", Stdio.err(),
                    new org.taipan.cli.InteractiveSession(terminal, startup));
        }
        byte[] source;
        String filename;
        try {
            if (cl.mode == CommandLine.Mode.COMMAND) {
                source = cl.target.getBytes(StandardCharsets.UTF_8);
                filename = "<string>";
            } else if (cl.mode == CommandLine.Mode.FILE) {
                // CPython 3.11 runs a script under its absolute path (os.path.abspath): tracebacks,
                // SyntaxErrors and __file__ show it.
                filename = resolve(cl.target).toAbsolutePath().normalize().toString();
                source = Files.readAllBytes(resolve(cl.target));
            } else {
                source = Stdio.input().readAllBytes();
                filename = "<stdin>";
            }
        } catch (NoSuchFileException e) {
            err.println(programName() + ": can't open file '" + resolve(cl.target).toAbsolutePath()
                    + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            err.println(programName() + ": can't open file '" + resolve(cl.target).toAbsolutePath()
                    + "': " + e.getMessage());
            return 2;
        }
        Mod tree;
        try {
            // A script is decoded as python3 decodes it before running (stricter than compile()).
            tree = cl.mode == CommandLine.Mode.COMMAND
                    ? Parser.parse(SourceDecoder.decodeScript(source, filename), filename, "exec")
                    : Parser.parseScript(source, filename);
        } catch (SyntaxErrorException e) {
            err.print(SyntaxErrorFormatter.format(e));
            return 1;
        } catch (ParseLimitException e) {
            // CPython prints these without a traceback when they happen before the program runs.
            err.println(e.msg.isEmpty() ? e.pythonType : e.pythonType + ": " + e.msg);
            return 1;
        } catch (UnsupportedOperationException e) {
            err.println(programName() + ": not yet: " + e.getMessage());
            return 2;
        }
        if (cl.xOptions.contains("dump_ast")) {
            // Taipan's own -X option: print ast.dump(tree, include_attributes=True).
            out.println(AstDump.dump(tree));
            return 0;
        }
        CodeData code;
        try {
            code = Compiler.compile(tree, filename, "exec", 0, cl.optimize);
        } catch (SyntaxErrorException e) {
            err.print(SyntaxErrorFormatter.format(e));
            return 1;
        } catch (ParseLimitException e) {
            // "maximum recursion depth exceeded during compilation", printed without a traceback.
            err.println(e.msg.isEmpty() ? e.pythonType : e.pythonType + ": " + e.msg);
            return 1;
        } catch (UnsupportedOperationException e) {
            err.println(programName() + ": not yet: " + filename
                    + " parses, but the compiler that will run it is still being built");
            return 2;
        }
        List<String> argv = new ArrayList<>();
        String path0 = "";
        switch (cl.mode) {
            case COMMAND:
                argv.add("-c");
                break;
            case FILE:
                argv.add(cl.target);
                Path dir = resolve(cl.target).toAbsolutePath().getParent();
                try {
                    dir = dir.toRealPath();
                } catch (IOException e) {
                    // keep the absolute path
                }
                path0 = dir.toString();
                break;
            default:
                argv.add(cl.target != null ? cl.target : "");
                break;
        }
        argv.addAll(cl.args);
        PrintStream outStream = processStream(out, false);
        PrintStream errStream = processStream(err, true);
        Stdio.configure(outStream, errStream);
        // -i (or $PYTHONINSPECT) after a program: the loop runs when stdin can feed it.
        boolean inspect = cl.inspect || !environment(cl, "PYTHONINSPECT").isEmpty();
        MainProgram.Interactive then = inspect && (cl.inspect || stdinIsTerminal())
                ? new org.taipan.cli.InteractiveSession(stdinIsTerminal(), null) : null;
        return MainProgram.run(new PyCode(code), filename, cl.mode == CommandLine.Mode.FILE, argv, path0,
                errStream, then);
    }

    /** The banner's first line: ours, in the shape of CPython's "Python VERSION on PLATFORM". */
    public static String banner() {
        return "Taipan " + PYTHON_VERSION + " (taipan " + TAIPAN_VERSION + ", Java "
                + System.getProperty("java.version") + ") on linux";
    }

    /**
     * Whether standard input is a terminal (CPython's isatty(stdin)): never for input given by
     * an embedder or test; otherwise the JVM's console test (stdin and stdout both terminals).
     */
    private static boolean stdinIsTerminal() {
        return Stdio.inputIsProcessStdin() && System.console() != null;
    }

    /** An environment variable's value ("" when unset), or "" when -E or -I ignore the environment. */
    static String environment(CommandLine cl, String name) {
        if (cl.ignoreEnvironment || cl.isolated) {
            return "";
        }
        String v = Stdio.environment().get(name);
        return v == null ? "" : v;
    }

    /** Our own UTF-8 streams over the process's descriptors, or the given stream when it is not the process's. */
    private static PrintStream processStream(PrintStream given, boolean error) {
        if (given == System.out && !error) {
            return new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        }
        if (given == System.err && error) {
            return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        }
        return given;
    }
}
