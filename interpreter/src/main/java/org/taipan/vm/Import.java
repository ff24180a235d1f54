package org.taipan.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.ast.Mod;
import org.taipan.compile.CodeData;
import org.taipan.compile.Compiler;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyList;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.parse.Parser;
import org.taipan.parse.SyntaxErrorException;

/**
 * The import system for IMPORT_NAME / IMPORT_FROM / IMPORT_STAR: {@code sys.modules} first,
 * then {@code .py} modules and packages ({@code __init__.py}) found on {@code sys.path} or the
 * parent package's {@code __path__}; relative imports resolved from {@code __package__} or
 * {@code __name__}; CPython's error messages.
 */
public final class Import {
    private Import() {
    }

    static int importName(ThreadState ts, PyFrame f, PyObject[] s, int sp, PyUnicode name) {
        PyObject fromlist = s[--sp];
        s[sp] = null;
        PyObject levelObj = s[--sp];
        s[sp] = null;
        // CPython's import_name: the frame's builtins.__import__, called only when a program
        // replaced it (the built-in one is run directly).
        PyObject importFunc = f.builtins.getStr("__import__");
        if (importFunc == null) {
            throw PyExc.raise(PyExc.ImportError, "__import__ not found");
        }
        if (!isBuiltinImport(importFunc)) {
            s[sp++] = Abstract.call(importFunc, name, f.globals, f.locals == null ? PyNone.NONE : f.locals,
                    fromlist, levelObj);
            return sp;
        }
        int level = levelObj instanceof PyLong ? ((PyLong) levelObj).intValue() : 0;
        s[sp++] = importModule(ts.interp, name.value, f.globals, fromlist, level);
        return sp;
    }

    private static boolean isBuiltinImport(PyObject f) {
        return f instanceof org.taipan.objects.PyBuiltinFunction
                && ((org.taipan.objects.PyBuiltinFunction) f).name.equals("__import__")
                && ((org.taipan.objects.PyBuiltinFunction) f).method == null;
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    static PyObject importModule(InterpreterState interp, String name, PyDict globals, PyObject fromlist, int level) {
        String absName = level > 0 ? resolveName(name, globals, level) : name;
        if (level == 0 && name.isEmpty()) {
            throw PyExc.valueError("Empty module name");
        }
        PyObject module = load(interp, absName);
        boolean hasFrom = fromlist != PyNone.NONE && fromlist != null && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return level == 0 ? module : module;
                }
                String first = level == 0 ? name.substring(0, dot)
                        : absName.substring(0, absName.length() - name.length() + dot);
                return interp.modules.getItem(PyUnicode.of(first));
            }
            return module;
        }
        PyObject path = module.getDict() == null ? null : module.getDict().getStr("__path__");
        if (path != null) {
            PyObject it = Abstract.getIter(fromlist);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!(x instanceof PyUnicode)) {
                    continue;
                }
                String sub = ((PyUnicode) x).value;
                if (sub.equals("*")) {
                    continue;
                }
                if (Abstract.getAttrOrNull(module, sub) == null) {
                    try {
                        load(interp, absName + "." + sub);
                    } catch (PyException e) {
                        if (!e.matches(PyExc.ModuleNotFoundError)
                                || !(absName + "." + sub).equals(Abstract.str(e.value.attr("name")).value)) {
                            throw e;
                        }
                    }
                }
            }
        }
        return module;
    }

    private static String resolveName(String name, PyDict globals, int level) {
        PyObject pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof PyUnicode) {
            base = ((PyUnicode) pkg).value;
        } else if (pkg != null && pkg != PyNone.NONE) {
            throw PyExc.typeError("package must be a string");
        } else {
            PyObject n = globals.getStr("__name__");
            if (!(n instanceof PyUnicode)) {
                throw PyExc.raise(PyExc.KeyError, "'__name__' not in globals");
            }
            base = ((PyUnicode) n).value;
            if (globals.getStr("__path__") == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        if (base.isEmpty()) {
            throw PyExc.raise(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        String b = base;
        for (int i = 1; i < level; i++) {
            int dot = b.lastIndexOf('.');
            if (dot < 0) {
                throw PyExc.raise(PyExc.ImportError, "attempted relative import beyond top-level package");
            }
            b = b.substring(0, dot);
        }
        return name.isEmpty() ? b : b + "." + name;
    }

    /** Imports {@code absName} and its parents; returns the module itself. */
    static PyObject load(InterpreterState interp, String absName) {
        PyObject m = interp.modules.getItem(PyUnicode.of(absName));
        if (m != null) {
            if (m == PyNone.NONE) {
                throw notFound("import of " + absName + " halted; None in sys.modules", absName);
            }
            return m;
        }
        if (Audit.active()) {
            PyDict sys = interp.sys.getDict();
            Audit.raise("import", PyUnicode.of(absName), PyNone.NONE, orNone(sys.getStr("path")),
                    orNone(sys.getStr("meta_path")), orNone(sys.getStr("path_hooks")));
        }
        if (absName.indexOf('.') < 0) {
            PyModule builtin = org.taipan.modules.BuiltinModules.create(absName, interp);
            if (builtin != null) {
                interp.modules.setItem(PyUnicode.of(absName), builtin);
                return builtin;
            }
        }
        int dot = absName.lastIndexOf('.');
        PyObject searchPath;
        PyObject parent = null;
        if (dot >= 0) {
            String parentName = absName.substring(0, dot);
            parent = load(interp, parentName);
            m = interp.modules.getItem(PyUnicode.of(absName));
            if (m != null) {
                return m;
            }
            searchPath = parent.getDict() == null ? null : parent.getDict().getStr("__path__");
            if (searchPath == null) {
                throw notFound("No module named '" + absName + "'; '" + parentName + "' is not a package", absName);
            }
        } else {
            // After the built-in (Java) modules above: sys.path in order, where the library in
            // the jar has its own entry; a path without it (set by a host) still ends with it
            searchPath = withLibrary(interp.sys.getDict().getStr("path"));
        }
        String last = absName.substring(dot + 1);
        Path[] found = find(searchPath, last);
        if (found == null) {
            PyList portions = findNamespacePortions(searchPath, last);
            if (portions.size() == 0) {
                throw notFound("No module named '" + absName + "'", absName);
            }
            return namespacePackage(interp, absName, portions, parent, last);
        }
        return execModule(interp, absName, found[0], found[1], parent, last, false);
    }

    /** {@code sys.path}, with the library appended when it has no library entry of its own. */
    private static PyObject withLibrary(PyObject sysPath) {
        if (!(sysPath instanceof PyList)) {
            return sysPath;
        }
        PyList path = (PyList) sysPath;
        for (int i = 0; i < path.size(); i++) {
            PyObject e = path.get(i);
            if (e instanceof PyUnicode && org.taipan.modules.LibraryModules.isLibraryDir(((PyUnicode) e).value)) {
                return path;
            }
        }
        PyList extended = new PyList(path.toArray(), path.size());
        extended.append(PyUnicode.of(org.taipan.modules.LibraryModules.ROOT));
        return extended;
    }

    /**
     * The directories named {@code last} (without {@code __init__.py}) on a search path: the
     * portions of a namespace package (PEP 420), used when no module or regular package of that
     * name exists anywhere on the path.
     */
    static PyList findNamespacePortions(PyObject searchPath, String last) {
        PyList portions = new PyList();
        PyObject it = Abstract.getIter(searchPath);
        for (PyObject entry = Abstract.next(it); entry != null; entry = Abstract.next(it)) {
            if (!(entry instanceof PyUnicode)
                    || org.taipan.modules.LibraryModules.isLibraryDir(((PyUnicode) entry).value)) {
                continue;
            }
            String dir = ((PyUnicode) entry).value;
            Path cwd = org.taipan.modules.Stdio.workingDirectory();
            Path candidate = (dir.isEmpty() ? cwd : cwd.resolve(dir)).resolve(last);
            if (Files.isDirectory(candidate)) {
                portions.append(PyUnicode.of(candidate.toAbsolutePath().normalize().toString()));
            }
        }
        return portions;
    }

    private static PyObject namespacePackage(InterpreterState interp, String name, PyList portions,
                                             PyObject parent, String last) {
        PyModule m = new PyModule(name);
        PyDict g = m.getDict();
        NamespacePath path = new NamespacePath(portions);
        g.setStr("__file__", PyNone.NONE);
        g.setStr("__loader__", PyNone.NONE);
        g.setStr("__spec__", new ModuleSpec(name, null, PyNone.NONE, path));
        g.setStr("__path__", path);
        g.setStr("__package__", PyUnicode.of(name));
        interp.modules.setItem(PyUnicode.of(name), m);
        if (parent != null) {
            Abstract.setAttr(parent, last, m);
        }
        return m;
    }

    /**
     * {@code importlib.reload(module)}: finds the module's source again (on its parent's
     * {@code __path__} or {@code sys.path}) and runs it in the module's own namespace.
     */
    public static PyObject reload(InterpreterState interp, PyObject module) {
        PyObject nameObj = Abstract.getAttrOrNull(module, "__name__");
        if (!(nameObj instanceof PyUnicode)) {
            throw PyExc.typeError("reload() argument must be a module");
        }
        String name = ((PyUnicode) nameObj).value;
        if (interp.modules.getItem(nameObj) != module) {
            PyBaseException e = PyExc.instance(PyExc.ImportError, "module " + name + " not in sys.modules");
            e.setAttr("name", nameObj);
            throw new PyException(e);
        }
        int dot = name.lastIndexOf('.');
        PyObject searchPath;
        if (dot >= 0) {
            PyObject parent = interp.modules.getItem(PyUnicode.of(name.substring(0, dot)));
            if (parent == null) {
                PyBaseException e = PyExc.instance(PyExc.ImportError,
                        "parent '" + name.substring(0, dot) + "' not in sys.modules");
                e.setAttr("name", PyUnicode.of(name.substring(0, dot)));
                throw new PyException(e);
            }
            searchPath = Abstract.getAttr(parent, "__path__");
        } else {
            searchPath = withLibrary(interp.sys.getDict().getStr("path"));
        }
        Path[] found = find(searchPath, name.substring(dot + 1));
        if (found == null) {
            if (Abstract.getAttrOrNull(module, "__path__") instanceof NamespacePath) {
                return module;
            }
            throw notFound("No module named '" + name + "'", name);
        }
        PyCode code = compileModule(found[0]);
        PyDict g = module.getDict();
        Interpreter.exec(code, g, g);
        PyObject result = interp.modules.getItem(nameObj);
        return result == null ? module : result;
    }

    private static PyCode compileModule(Path file) {
        boolean inLibrary = org.taipan.modules.LibraryModules.isLibraryDir(file.toString());
        String filename = inLibrary ? file.toString() : file.toAbsolutePath().normalize().toString();
        try {
            byte[] bytes = inLibrary ? org.taipan.modules.LibraryModules.read(filename) : Files.readAllBytes(file);
            return new PyCode(Compiler.compile(Parser.parseFile(bytes, filename), filename, "exec", 0, 0));
        } catch (IOException e) {
            throw PyExc.raise(PyExc.OSError, e.getMessage());
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** {file, package directory or null} for module {@code last} on a search path, or null. */
    static Path[] find(PyObject searchPath, String last) {
        PyObject it = Abstract.getIter(searchPath);
        for (PyObject entry = Abstract.next(it); entry != null; entry = Abstract.next(it)) {
            if (!(entry instanceof PyUnicode)) {
                continue;
            }
            String dir = ((PyUnicode) entry).value;
            if (org.taipan.modules.LibraryModules.isLibraryDir(dir)) {
                String[] lib = org.taipan.modules.LibraryModules.find(dir, last);
                if (lib != null) {
                    return new Path[] {Path.of(lib[0]), lib[1] == null ? null : Path.of(lib[1])};
                }
                continue;
            }
            Path cwd = org.taipan.modules.Stdio.workingDirectory();
            Path base = dir.isEmpty() ? cwd : cwd.resolve(dir);
            Path pkgInit = base.resolve(last).resolve("__init__.py");
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(pkgInit)) {
                return new Path[] {pkgInit, base.resolve(last)};
            }
            if (Files.isRegularFile(file)) {
                return new Path[] {file, null};
            }
        }
        return null;
    }

    /**
     * {@code python -m name}'s search (runpy): imports the parent packages, and for a package its
     * {@code __main__} submodule; returns {file, module name run as __main__}.
     */
    static Object[] findMain(InterpreterState interp, String name) {
        String modName = name;
        for (int round = 0; round < 2; round++) {
            int dot = modName.lastIndexOf('.');
            PyObject searchPath;
            if (dot >= 0) {
                PyObject parent = load(interp, modName.substring(0, dot));
                searchPath = parent.getDict() == null ? null : parent.getDict().getStr("__path__");
                if (searchPath == null) {
                    throw notFound("No module named '" + modName + "'; '" + modName.substring(0, dot)
                            + "' is not a package", modName);
                }
            } else {
                searchPath = interp.sys.getDict().getStr("path");
            }
            Path[] found = find(searchPath, modName.substring(dot + 1));
            if (found == null) {
                throw notFound("No module named " + modName, modName);
            }
            if (found[1] == null) {
                return new Object[] {found[0], modName};
            }
            load(interp, modName);
            modName = modName + ".__main__";
        }
        throw notFound("No module named " + modName, modName);
    }

    private static PyException notFound(String msg, String name) {
        PyBaseException e = PyExc.instance(PyExc.ModuleNotFoundError, msg);
        e.setAttr("msg", PyUnicode.of(msg));
        e.setAttr("name", PyUnicode.of(name));
        e.setAttr("path", PyNone.NONE);
        return new PyException(e);
    }

    private static PyObject execModule(InterpreterState interp, String name, Path file, Path pkgDir,
                                       PyObject parent, String last, boolean relativeEntry) {
        boolean inLibrary = org.taipan.modules.LibraryModules.isLibraryDir(file.toString());
        String filename = inLibrary ? file.toString() : file.toAbsolutePath().normalize().toString();
        byte[] bytes;
        try {
            bytes = inLibrary ? org.taipan.modules.LibraryModules.read(filename) : Files.readAllBytes(file);
        } catch (IOException e) {
            throw PyExc.raise(PyExc.OSError, e.getMessage());
        }
        PyModule m = new PyModule(name);
        PyDict g = m.getDict();
        g.setStr("__file__", PyUnicode.of(filename));
        g.setStr("__builtins__", interp.builtins);
        PyObject loader = new SourceFileLoader(name, filename);
        g.setStr("__loader__", loader);
        if (pkgDir != null) {
            PyList path = new PyList();
            path.append(PyUnicode.of(inLibrary ? pkgDir.toString() : pkgDir.toAbsolutePath().normalize().toString()));
            g.setStr("__spec__", new ModuleSpec(name, filename, loader, path));
            g.setStr("__path__", path);
            g.setStr("__package__", PyUnicode.of(name));
        } else {
            g.setStr("__spec__", new ModuleSpec(name, filename, loader, PyNone.NONE));
            int dot = name.lastIndexOf('.');
            g.setStr("__package__", PyUnicode.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        g.setStr("__cached__", ModuleSpec.cachedFile(filename));
        PyCode code;
        try {
            Mod tree = Parser.parseFile(bytes, filename);
            CodeData d = Compiler.compile(tree, filename, "exec", 0, 0);
            CompileWarnings.issue(d);
            code = new PyCode(d);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
        PyUnicode key = PyUnicode.of(name);
        interp.modules.setItem(key, m);
        try {
            Audit.raise("exec", code);
            Interpreter.exec(code, g, g);
        } catch (PyException e) {
            interp.modules.delItemOrNull(key);
            throw e;
        }
        PyObject result = interp.modules.getItem(key);
        if (result == null) {
            throw PyExc.raise(PyExc.KeyError, "'" + name + "'");
        }
        if (parent != null) {
            Abstract.setAttr(parent, last, result);
        }
        return result;
    }

    static PyObject importFrom(PyObject module, PyUnicode name) {
        PyObject v = Abstract.getAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        PyObject modName = Abstract.getAttrOrNull(module, "__name__");
        if (modName instanceof PyUnicode) {
            PyObject sub = InterpreterState.main().modules.getItem(PyUnicode.of(((PyUnicode) modName).value + "." + name.value));
            if (sub != null) {
                return sub;
            }
        }
        String mn = modName instanceof PyUnicode ? ((PyUnicode) modName).value : "<unknown module name>";
        PyObject file = module.getDict() == null ? null : module.getDict().getStr("__file__");
        String where = file instanceof PyUnicode ? " (" + ((PyUnicode) file).value + ")" : " (unknown location)";
        String msg = "cannot import name '" + name.value + "' from '" + mn + "'" + where;
        if (modName instanceof PyUnicode && isInitializing(module)) {
            msg = "cannot import name '" + name.value + "' from partially initialized module '" + mn
                    + "' (most likely due to a circular import)" + where;
        }
        PyBaseException e = PyExc.instance(PyExc.ImportError, msg);
        e.setAttr("msg", PyUnicode.of(msg));
        e.setAttr("name", modName == null ? PyNone.NONE : modName);
        e.setAttr("path", file == null ? PyNone.NONE : file);
        throw new PyException(e);
    }

    private static boolean isInitializing(PyObject module) {
        ThreadState ts = ThreadState.current();
        for (PyFrame f = ts.frame; f != null; f = f.back) {
            if (f.globals == module.getDict() && f.function == null) {
                return true;
            }
        }
        return false;
    }

    static void importStar(PyFrame f, PyObject module) {
        PyDict d = module.getDict();
        PyObject all = d == null ? null : d.getStr("__all__");
        if (all != null) {
            PyObject it = Abstract.getIter(all);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                if (!(k instanceof PyUnicode)) {
                    PyObject mn = d.getStr("__name__");
                    throw PyExc.typeError("Item in " + (mn instanceof PyUnicode ? ((PyUnicode) mn).value : "?")
                            + ".__all__ must be str, not " + k.getType().getName());
                }
                Abstract.setItem(f.locals, k, Abstract.getAttr(module, (PyUnicode) k));
            }
            return;
        }
        for (PyObject k : new java.util.ArrayList<>(d.keySet())) {
            if (k instanceof PyUnicode && !((PyUnicode) k).value.startsWith("_")) {
                Abstract.setItem(f.locals, k, d.getItem(k));
            }
        }
    }
}
