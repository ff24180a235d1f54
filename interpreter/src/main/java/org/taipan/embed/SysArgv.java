package org.taipan.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.taipan.modules.Stdio;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyList;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.ThreadState;

/**
 * PySys_SetArgvEx: sets {@code sys.argv} of the current interpreter and, when asked, puts the
 * script's directory in front of {@code sys.path} by CPython's rule: the directory of argv[0]
 * after resolving symbolic links (the absolute real directory when the file exists, else the
 * text before its last slash, or "" when it has none); the working directory for {@code -m};
 * "" for {@code -c} or an empty argv.
 */
public final class SysArgv {
    private SysArgv() {
    }

    /** PySys_SetArgvEx(argv, updatePath); an empty argv means {@code ['']}. */
    public static void set(String[] argv, boolean updatePath) {
        String[] args = argv.length == 0 ? new String[] {""} : argv;
        GilState.run(() -> {
            PyDict sys = ThreadState.current().interp.sys.getDict();
            PyList list = new PyList();
            for (String a : args) {
                list.append(PyUnicode.of(a));
            }
            sys.setStr("argv", list);
            if (updatePath && sys.getStr("path") instanceof PyList) {
                ((PyList) sys.getStr("path")).insert(0, PyUnicode.of(path0(args[0])));
            }
        });
    }

    /** PySys_SetArgv: {@link #set} with updatePath true. */
    public static void set(String[] argv) {
        set(argv, true);
    }

    /** The sys.path[0] entry for argv[0]. */
    static String path0(String argv0) {
        Path cwd = Stdio.workingDirectory();
        if (argv0.equals("-m")) {
            return cwd.toString();
        }
        if (argv0.equals("-c")) {
            return "";
        }
        String p = argv0;
        try {
            if (!p.isEmpty()) {
                Path given = cwd.resolve(p);
                if (Files.isSymbolicLink(given)) {
                    String link = Files.readSymbolicLink(given).toString();
                    if (link.startsWith("/")) {
                        p = link;
                    } else if (link.indexOf('/') >= 0) {
                        int slash = p.lastIndexOf('/');
                        p = slash < 0 ? link : p.substring(0, slash + 1) + link;
                    }
                }
                Path real = cwd.resolve(p);
                if (Files.exists(real)) {
                    p = real.toRealPath().toString();
                }
            }
        } catch (IOException | InvalidPathException e) {
            // keep the name as given, as realpath() failing does
        }
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        int n = slash + 1;
        if (n > 1) {
            n--; // drop the trailing separator, except for the root
        }
        return p.substring(0, n);
    }
}
