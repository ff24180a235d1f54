package org.taipan.modules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code posix}: the operating-system calls the library's {@code os} module is built on
 * (working directory, environment, file tests, listing and removing files). Relative paths
 * resolve against the interpreter's working directory, which the embedding may set.
 */
public final class PosixModule {
    private PosixModule() {
    }

    private static String path(String fn, PyObject o) {
        if (o instanceof PyUnicode) {
            return ((PyUnicode) o).value;
        }
        throw PyExc.typeError(fn + ": path should be string, bytes or os.PathLike, not " + o.getType().getName());
    }

    private static Path resolve(String p) {
        return Stdio.workingDirectory().resolve(p);
    }

    private static PyException osError(PyObject type, int errno, String msg, String filename) {
        PyBaseException e = (PyBaseException) org.taipan.objects.Abstract.call(type, PyLong.of(errno),
                PyUnicode.of(msg), PyUnicode.of(filename));
        return new PyException(e);
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("posix");
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : Stdio.environment().entrySet()) {
            env.setItem(PyUnicode.of(e.getKey()), PyUnicode.of(e.getValue()));
        }
        m.add("environ", env);
        m.addFunction("getcwd", (self, a, off, n, kw) -> {
            ArgParser.checkCount("getcwd", n, 0, 0);
            return PyUnicode.of(Stdio.workingDirectory().toAbsolutePath().normalize().toString());
        });
        m.addFunction("getpid", (self, a, off, n, kw) -> PyLong.of(ProcessHandle.current().pid()));
        m.addFunction("_exists", (self, a, off, n, kw) ->
                PyBool.of(Files.exists(resolve(path("exists", a[off])))));
        m.addFunction("_isfile", (self, a, off, n, kw) ->
                PyBool.of(Files.isRegularFile(resolve(path("isfile", a[off])))));
        m.addFunction("_isdir", (self, a, off, n, kw) ->
                PyBool.of(Files.isDirectory(resolve(path("isdir", a[off])))));
        m.addFunction("_islink", (self, a, off, n, kw) ->
                PyBool.of(Files.isSymbolicLink(resolve(path("islink", a[off])))));
        m.addFunction("_getsize", (self, a, off, n, kw) -> {
            String p = path("getsize", a[off]);
            try {
                return PyLong.of(Files.size(resolve(p)));
            } catch (IOException e) {
                throw osError(PyExc.FileNotFoundError, 2, "No such file or directory", p);
            }
        });
        m.addFunction("_realpath", (self, a, off, n, kw) -> {
            Path p = resolve(path("realpath", a[off]));
            try {
                return PyUnicode.of(p.toRealPath().toString());
            } catch (IOException e) {
                return PyUnicode.of(p.toAbsolutePath().normalize().toString());
            }
        });
        // _read_source(filename): a file's text as UTF-8 (library files from the jar), or None
        m.addFunction("_read_source", (self, a, off, n, kw) -> {
            String p = path("read", a[off]);
            byte[] bytes = LibraryModules.read(p);
            if (bytes == null) {
                try {
                    bytes = Files.readAllBytes(resolve(p));
                } catch (IOException | java.nio.file.InvalidPathException e) {
                    return PyNone.NONE;
                }
            }
            return PyUnicode.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        });
        m.addFunction("listdir", (self, a, off, n, kw) -> {
            AuditHooks.raise("os.listdir", n == 0 ? PyNone.NONE : a[off]);
            String p = n == 0 || a[off] == PyNone.NONE ? "." : path("listdir", a[off]);
            PyList out = new PyList();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(resolve(p))) {
                for (Path c : ds) {
                    out.append(PyUnicode.of(c.getFileName().toString()));
                }
            } catch (IOException e) {
                throw osError(PyExc.FileNotFoundError, 2, "No such file or directory", p);
            }
            return out;
        });
        m.addFunction("remove", (self, a, off, n, kw) -> {
            ArgParser.checkCount("remove", n, 1, 1);
            String p = path("remove", a[off]);
            AuditHooks.raise("os.remove", a[off], PyLong.of(-1));
            Path r = resolve(p);
            if (Files.isDirectory(r, LinkOption.NOFOLLOW_LINKS)) {
                throw osError(PyExc.IsADirectoryError, 21, "Is a directory", p);
            }
            try {
                Files.delete(r);
            } catch (NoSuchFileException e) {
                throw osError(PyExc.FileNotFoundError, 2, "No such file or directory", p);
            } catch (IOException e) {
                throw osError(PyExc.PermissionError, 13, "Permission denied", p);
            }
            return PyNone.NONE;
        });
        m.addFunction("mkdir", (self, a, off, n, kw) -> {
            String p = path("mkdir", a[off]);
            AuditHooks.raise("os.mkdir", a[off], PyLong.of(n > 1 ? org.taipan.objects.Abstract.asIndex(a[off + 1]) : 511), PyLong.of(-1));
            Path r = resolve(p);
            if (Files.exists(r)) {
                throw osError(PyExc.FileExistsError, 17, "File exists", p);
            }
            try {
                Files.createDirectory(r);
            } catch (IOException e) {
                throw osError(PyExc.FileNotFoundError, 2, "No such file or directory", p);
            }
            return PyNone.NONE;
        });
        m.addFunction("rmdir", (self, a, off, n, kw) -> {
            String p = path("rmdir", a[off]);
            AuditHooks.raise("os.rmdir", a[off], PyLong.of(-1));
            try {
                Files.delete(resolve(p));
            } catch (NoSuchFileException e) {
                throw osError(PyExc.FileNotFoundError, 2, "No such file or directory", p);
            } catch (IOException e) {
                throw osError(PyExc.OSError, 39, "Directory not empty", p);
            }
            return PyNone.NONE;
        });
        return m;
    }
}
