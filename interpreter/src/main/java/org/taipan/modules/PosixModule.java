package org.taipan.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyMemoryView;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.SlotFunctions;
import org.taipan.vm.InterpreterState;

/**
 * {@code posix}: the operating-system calls the library's {@code os} module is built on (file
 * descriptors, stat, directories, environment). A JVM cannot change its working directory, so
 * the interpreter keeps its own ({@link Stdio#workingDirectory}, changed by {@code chdir}) and
 * every relative path resolves against it.
 */
public final class PosixModule {
    private PosixModule() {
    }

    /** A path argument (str, bytes or os.PathLike) as text, or CPython's TypeError. */
    public static String path(String fn, String arg, PyObject o) {
        if (o instanceof PyUnicode) {
            return ((PyUnicode) o).value;
        }
        if (o instanceof PyBytes) {
            return new String(((PyBytes) o).value, StandardCharsets.UTF_8);
        }
        PyObject fspath = Abstract.lookupSpecial(o, "__fspath__");
        if (fspath != null) {
            PyObject r = Abstract.call(fspath);
            if (r instanceof PyUnicode || r instanceof PyBytes) {
                return path(fn, arg, r);
            }
            throw PyExc.typeError("expected " + o.getType().getName() + ".__fspath__() to return str or bytes, not "
                    + r.getType().getName());
        }
        throw PyExc.typeError(fn + ": " + arg + " should be string, bytes or os.PathLike, not " + o.getType().getName());
    }

    static String path(String fn, PyObject o) {
        return path(fn, "path", o);
    }

    public static Path resolve(String p, PyObject filename) {
        try {
            if (p.indexOf('\0') >= 0) {
                throw PyExc.valueError("embedded null byte");
            }
            org.taipan.modules.io.PyBuffered.flushAll();
            return Stdio.workingDirectory().resolve(p);
        } catch (InvalidPathException e) {
            throw OsErrors.error(OsErrors.ENOENT, filename);
        }
    }

    private static Path resolve(String p) {
        return resolve(p, PyUnicode.of(p));
    }

    private static int intArg(PyObject o) {
        return Abstract.asIndex(o);
    }

    private static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).toBytes();
        }
        if (o instanceof PyMemoryView) {
            return ((PyBytes) Abstract.callMethod(o, "tobytes")).value;
        }
        throw PyExc.typeError("a bytes-like object is required, not '" + o.getType().getName() + "'");
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    /**
     * The fields of a stat call: (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns,
     * ctime_ns, rdev); {@code os.stat_result} is built from them.
     */
    static PyTuple stat(Path p, boolean follow, PyObject filename) {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:*", opts);
            return new PyTuple(PyLong.of(((Number) a.get("mode")).longValue()),
                    PyLong.of(((Number) a.get("ino")).longValue()),
                    PyLong.of(((Number) a.get("dev")).longValue()),
                    PyLong.of(((Number) a.get("nlink")).longValue()),
                    PyLong.of(((Number) a.get("uid")).longValue()),
                    PyLong.of(((Number) a.get("gid")).longValue()),
                    PyLong.of(((Number) a.get("size")).longValue()),
                    PyLong.of(nanos((FileTime) a.get("lastAccessTime"))),
                    PyLong.of(nanos((FileTime) a.get("lastModifiedTime"))),
                    PyLong.of(nanos((FileTime) a.get("ctime"))),
                    PyLong.of(((Number) a.get("rdev")).longValue()));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return basicStat(p, opts, filename);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, filename);
        }
    }

    /** stat where the file system has no unix view: mode and times from the basic attributes. */
    private static PyTuple basicStat(Path p, LinkOption[] opts, PyObject filename) {
        try {
            BasicFileAttributes b = Files.readAttributes(p, BasicFileAttributes.class, opts);
            int type = b.isDirectory() ? 0040000 : b.isSymbolicLink() ? 0120000 : b.isRegularFile() ? 0100000 : 0;
            int perm = b.isDirectory() ? 0755 : 0644;
            PyLong zero = PyLong.of(0);
            return new PyTuple(PyLong.of(type | perm), zero, zero, PyLong.of(1), zero, zero, PyLong.of(b.size()),
                    PyLong.of(nanos(b.lastAccessTime())), PyLong.of(nanos(b.lastModifiedTime())),
                    PyLong.of(nanos(b.lastModifiedTime())), zero);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, filename);
        }
    }

    private static boolean kwFlag(PyObject[] a, int off, int n, PyTuple kw, String name, boolean dflt) {
        if (kw != null) {
            for (int i = 0; i < kw.size(); i++) {
                if (((PyUnicode) kw.get(i)).value.equals(name)) {
                    return Abstract.isTrue(a[off + n + i]);
                }
            }
        }
        return dflt;
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("posix");
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            env.setItem(PyUnicode.of(e.getKey()), PyUnicode.of(e.getValue()));
        }
        m.add("environ", env);
        addDescriptorCalls(m);
        addPathCalls(m);
        addDirectoryCalls(m);
        m.addFunction("getcwd", (self, a, off, n, kw) -> {
            ArgParser.checkCount("getcwd", n, 0, 0);
            return PyUnicode.of(Stdio.workingDirectory().toAbsolutePath().normalize().toString());
        });
        m.addFunction("chdir", (self, a, off, n, kw) -> {
            ArgParser.checkCount("chdir", n, 1, 1);
            PyObject name = a[off];
            Path p = resolve(path("chdir", name), name);
            if (!Files.exists(p)) {
                throw OsErrors.error(OsErrors.ENOENT, name);
            }
            if (!Files.isDirectory(p)) {
                throw OsErrors.error(OsErrors.ENOTDIR, name);
            }
            try {
                Stdio.setWorkingDirectory(p.toRealPath());
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
            return PyNone.NONE;
        });
        m.addFunction("getpid", (self, a, off, n, kw) -> PyLong.of(ProcessHandle.current().pid()));
        m.addFunction("getppid", (self, a, off, n, kw) ->
                PyLong.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        m.addFunction("strerror", (self, a, off, n, kw) -> {
            ArgParser.checkCount("strerror", n, 1, 1);
            return PyUnicode.of(OsErrors.strerror(intArg(a[off])));
        });
        m.addFunction("cpu_count", (self, a, off, n, kw) -> PyLong.of(Runtime.getRuntime().availableProcessors()));
        m.addFunction("urandom", (self, a, off, n, kw) -> {
            ArgParser.checkCount("urandom", n, 1, 1);
            int size = intArg(a[off]);
            if (size < 0) {
                throw PyExc.valueError("negative argument not allowed");
            }
            byte[] b = new byte[size];
            new SecureRandom().nextBytes(b);
            return new PyBytes(b);
        });
        m.addFunction("umask", (self, a, off, n, kw) -> PyLong.of(022));
        // _read_source(filename): a file's text as UTF-8 (library files from the jar), or None
        m.addFunction("_read_source", (self, a, off, n, kw) -> {
            String p = path("read", a[off]);
            byte[] bytes = LibraryModules.read(p);
            if (bytes == null) {
                try {
                    bytes = Files.readAllBytes(resolve(p));
                } catch (IOException | InvalidPathException e) {
                    return PyNone.NONE;
                }
            }
            return PyUnicode.of(new String(bytes, StandardCharsets.UTF_8));
        });
        return m;
    }

    private static void addDescriptorCalls(PyModule m) {
        m.addFunction("open", (self, a, off, n, kw) -> {
            PyObject[] args = ArgParser.bind("open", new String[] {"path", "flags", "mode", "dir_fd"}, 0, 2, a, off, n, kw);
            PyObject name = args[0];
            String p = path("open", name);
            int mode = args[2] == null ? 0777 : intArg(args[2]);
            return PyLong.of(FileDescriptorTable.open(resolve(p, name), intArg(args[1]), mode, name));
        });
        m.addFunction("read", (self, a, off, n, kw) -> {
            ArgParser.checkCount("read", n, 2, 2);
            return new PyBytes(FileDescriptorTable.read(intArg(a[off]), intArg(a[off + 1])));
        });
        m.addFunction("write", (self, a, off, n, kw) -> {
            ArgParser.checkCount("write", n, 2, 2);
            return PyLong.of(FileDescriptorTable.write(intArg(a[off]), bytesArg(a[off + 1])));
        });
        m.addFunction("lseek", (self, a, off, n, kw) -> {
            ArgParser.checkCount("lseek", n, 3, 3);
            return PyLong.of(FileDescriptorTable.lseek(intArg(a[off]), Abstract.index(a[off + 1]).longValue(),
                    intArg(a[off + 2])));
        });
        m.addFunction("ftruncate", (self, a, off, n, kw) -> {
            ArgParser.checkCount("ftruncate", n, 2, 2);
            FileDescriptorTable.truncate(intArg(a[off]), Abstract.index(a[off + 1]).longValue());
            return PyNone.NONE;
        });
        m.addFunction("close", (self, a, off, n, kw) -> {
            ArgParser.checkCount("close", n, 1, 1);
            FileDescriptorTable.close(intArg(a[off]));
            return PyNone.NONE;
        });
        m.addFunction("isatty", (self, a, off, n, kw) -> {
            ArgParser.checkCount("isatty", n, 1, 1);
            int fd = intArg(a[off]);
            return PyBool.of(fd >= 0 && fd <= 2 && System.console() != null && FileDescriptorTable.pathOf(fd) == null
                    && Stdio.isProcessStream(fd));
        });
        m.addFunction("fstat", (self, a, off, n, kw) -> {
            ArgParser.checkCount("fstat", n, 1, 1);
            int fd = intArg(a[off]);
            if (!FileDescriptorTable.isOpen(fd)) {
                throw OsErrors.error(OsErrors.EBADF);
            }
            Path p = FileDescriptorTable.pathOf(fd);
            if (p == null) {
                PyLong zero = PyLong.of(0);
                return new PyTuple(PyLong.of(0010600), zero, zero, PyLong.of(1), zero, zero, zero, zero, zero, zero, zero);
            }
            return stat(p, true, PyNone.NONE);
        });
        m.addFunction("_fd_path", (self, a, off, n, kw) -> {
            Path p = FileDescriptorTable.pathOf(intArg(a[off]));
            return p == null ? PyNone.NONE : PyUnicode.of(p.toString());
        });
    }

    private static void addPathCalls(PyModule m) {
        m.addFunction("stat", (self, a, off, n, kw) -> {
            ArgParser.checkCount("stat", n, 1, 1);
            PyObject name = a[off];
            if (name instanceof PyLong) {
                return Abstract.call(m.getDict().getStr("fstat"), name);
            }
            boolean follow = kwFlag(a, off, n, kw, "follow_symlinks", true);
            return stat(resolve(path("stat", name), name), follow, name);
        });
        m.addFunction("lstat", (self, a, off, n, kw) -> {
            ArgParser.checkCount("lstat", n, 1, 1);
            PyObject name = a[off];
            return stat(resolve(path("lstat", name), name), false, name);
        });
        m.addFunction("_exists", (self, a, off, n, kw) ->
                PyBool.of(Files.exists(resolve(path("exists", a[off])))));
        m.addFunction("_lexists", (self, a, off, n, kw) ->
                PyBool.of(Files.exists(resolve(path("lexists", a[off])), LinkOption.NOFOLLOW_LINKS)));
        m.addFunction("_isfile", (self, a, off, n, kw) ->
                PyBool.of(Files.isRegularFile(resolve(path("isfile", a[off])))));
        m.addFunction("_isdir", (self, a, off, n, kw) ->
                PyBool.of(Files.isDirectory(resolve(path("isdir", a[off])))));
        m.addFunction("_islink", (self, a, off, n, kw) ->
                PyBool.of(Files.isSymbolicLink(resolve(path("islink", a[off])))));
        m.addFunction("_realpath", (self, a, off, n, kw) -> {
            Path p = resolve(path("realpath", a[off]));
            try {
                return PyUnicode.of(p.toRealPath().toString());
            } catch (IOException e) {
                return PyUnicode.of(p.toAbsolutePath().normalize().toString());
            }
        });
        m.addFunction("access", (self, a, off, n, kw) -> {
            ArgParser.checkCount("access", n, 2, 2);
            Path p = resolve(path("access", a[off]));
            int mode = intArg(a[off + 1]);
            boolean ok = Files.exists(p)
                    && ((mode & 4) == 0 || Files.isReadable(p))
                    && ((mode & 2) == 0 || Files.isWritable(p))
                    && ((mode & 1) == 0 || Files.isExecutable(p));
            return PyBool.of(ok);
        });
        m.addFunction("chmod", (self, a, off, n, kw) -> {
            ArgParser.checkCount("chmod", n, 2, 2);
            PyObject name = a[off];
            try {
                Files.setPosixFilePermissions(resolve(path("chmod", name), name),
                        FileDescriptorTable.permissions(intArg(a[off + 1])));
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
            return PyNone.NONE;
        });
        m.addFunction("readlink", (self, a, off, n, kw) -> {
            ArgParser.checkCount("readlink", n, 1, 1);
            PyObject name = a[off];
            try {
                return PyUnicode.of(Files.readSymbolicLink(resolve(path("readlink", name), name)).toString());
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
        });
        m.addFunction("symlink", (self, a, off, n, kw) -> {
            ArgParser.checkCount("symlink", n, 2, 3);
            PyObject src = a[off];
            PyObject dst = a[off + 1];
            try {
                Files.createSymbolicLink(resolve(path("symlink", "dst", dst), dst), Path.of(path("symlink", "src", src)));
            } catch (IOException e) {
                throw OsErrors.error(OsErrors.errnoOf(e), src, dst);
            }
            return PyNone.NONE;
        });
        m.addFunction("utime", (self, a, off, n, kw) -> {
            ArgParser.checkCount("utime", n, 1, 2);
            PyObject name = a[off];
            Path p = resolve(path("utime", name), name);
            try {
                FileTime at;
                FileTime mt;
                if (n < 2 || a[off + 1] == PyNone.NONE) {
                    at = mt = FileTime.fromMillis(System.currentTimeMillis());
                } else {
                    PyTuple t = (PyTuple) a[off + 1];
                    at = FileTime.from((long) (org.taipan.objects.NumberProtocol.asDouble(t.get(0)) * 1e9), TimeUnit.NANOSECONDS);
                    mt = FileTime.from((long) (org.taipan.objects.NumberProtocol.asDouble(t.get(1)) * 1e9), TimeUnit.NANOSECONDS);
                }
                Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class).setTimes(mt, at, null);
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
            return PyNone.NONE;
        });
    }

    private static void addDirectoryCalls(PyModule m) {
        m.addFunction("listdir", (self, a, off, n, kw) -> {
            ArgParser.checkCount("listdir", n, 0, 1);
            PyObject name = n == 0 || a[off] == PyNone.NONE ? PyUnicode.of(".") : a[off];
            AuditHooks.raise("os.listdir", n == 0 ? PyNone.NONE : a[off]);
            boolean asBytes = name instanceof PyBytes;
            Path dir = resolve(path("listdir", name), name);
            PyList out = new PyList();
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw OsErrors.error(OsErrors.ENOTDIR, name);
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path c : ds) {
                    String s = c.getFileName().toString();
                    out.append(asBytes ? new PyBytes(s.getBytes(StandardCharsets.UTF_8)) : PyUnicode.of(s));
                }
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
            return out;
        });
        // _scandir(path): [(name, kind)] where kind is 'd' directory, 'f' file, 'l' symlink, '?' other
        m.addFunction("_scandir", (self, a, off, n, kw) -> {
            PyObject name = a[off];
            Path dir = resolve(path("scandir", name), name);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw OsErrors.error(OsErrors.ENOTDIR, name);
            }
            PyList out = new PyList();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path c : ds) {
                    String kind = Files.isSymbolicLink(c) ? "l" : Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS) ? "d"
                            : Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS) ? "f" : "?";
                    out.append(new PyTuple(PyUnicode.of(c.getFileName().toString()), PyUnicode.of(kind)));
                }
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
            return out;
        });
        m.addFunction("mkdir", (self, a, off, n, kw) -> {
            PyObject[] args = ArgParser.bind("mkdir", new String[] {"path", "mode", "dir_fd"}, 0, 1, a, off, n, kw);
            PyObject name = args[0];
            AuditHooks.raise("os.mkdir", name, args[1] == null ? PyLong.of(511) : args[1],
                    args[2] == null || args[2] == PyNone.NONE ? PyLong.of(-1) : args[2]);
            Path r = resolve(path("mkdir", name), name);
            try {
                if (args[1] != null) {
                    Files.createDirectory(r, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            FileDescriptorTable.permissions(intArg(args[1]))));
                } else {
                    Files.createDirectory(r);
                }
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
            return PyNone.NONE;
        });
        m.addFunction("rmdir", (self, a, off, n, kw) -> {
            ArgParser.checkCount("rmdir", n, 1, 1);
            PyObject name = a[off];
            AuditHooks.raise("os.rmdir", name, PyLong.of(-1));
            Path r = resolve(path("rmdir", name), name);
            if (Files.exists(r, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(r, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.ENOTDIR, name);
            }
            try {
                Files.delete(r);
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
            return PyNone.NONE;
        });
        SlotFunctions.Call remove = (self, a, off, n, kw) -> {
            ArgParser.checkCount("remove", n, 1, 1);
            PyObject name = a[off];
            AuditHooks.raise("os.remove", name, PyLong.of(-1));
            Path r = resolve(path("remove", name), name);
            if (Files.isDirectory(r, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.EISDIR, name);
            }
            try {
                Files.delete(r);
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
            return PyNone.NONE;
        };
        m.addFunction("remove", remove);
        m.addFunction("unlink", remove);
        SlotFunctions.Call rename = (self, a, off, n, kw) -> {
            ArgParser.checkCount("rename", n, 2, 2);
            PyObject src = a[off];
            PyObject dst = a[off + 1];
            Path s = resolve(path("rename", "src", src), src);
            Path d = resolve(path("rename", "dst", dst), dst);
            if (!Files.exists(s, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.ENOENT, src, dst);
            }
            boolean srcDir = Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS);
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && !srcDir) {
                throw OsErrors.error(OsErrors.EISDIR, src, dst);
            }
            if (srcDir && Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.ENOTDIR, src, dst);
            }
            try {
                Files.move(s, d, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw OsErrors.error(OsErrors.errnoOf(e), src, dst);
            }
            return PyNone.NONE;
        };
        m.addFunction("rename", rename);
        m.addFunction("replace", rename);
    }
}
