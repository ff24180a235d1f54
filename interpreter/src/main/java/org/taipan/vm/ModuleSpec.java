package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code importlib.machinery.ModuleSpec}: what the import system knows of a module before it
 * runs it (name, loader, origin, the search locations of a package), kept as its
 * {@code __spec__}. Read-only here: our import system builds it, programs read it.
 */
public final class ModuleSpec extends PyObject {
    public static final PyType TYPE = PyType.builtin("importlib._bootstrap.ModuleSpec", null, t -> {
        t.getset("name", self -> PyUnicode.of(((ModuleSpec) self).name), null);
        t.getset("origin", self -> orNone(((ModuleSpec) self).origin), null);
        t.getset("parent", self -> PyUnicode.of(((ModuleSpec) self).parent()), null);
        t.getset("submodule_search_locations", self -> ((ModuleSpec) self).searchLocations, null);
        t.getset("loader", self -> ((ModuleSpec) self).loader, null);
        t.getset("cached", self -> {
            ModuleSpec spec = (ModuleSpec) self;
            return spec.loader instanceof SourceFileLoader ? cachedFile(spec.origin) : PyNone.NONE;
        }, null);
        t.getset("loader_state", self -> PyNone.NONE, null);
        t.getset("has_location", self -> PyBool.of(((ModuleSpec) self).origin != null
                && ((ModuleSpec) self).loader != PyNone.NONE), null);
        t.repr = self -> PyUnicode.of(((ModuleSpec) self).repr());
    });

    /**
     * Where CPython would cache the bytecode of source file {@code origin}
     * ({@code dir/__pycache__/name.cpython-311.pyc}), which it reports as {@code __cached__};
     * None for a file that is not {@code .py}. We never write that file.
     */
    static PyObject cachedFile(String origin) {
        if (origin == null || !origin.endsWith(".py")) {
            return PyNone.NONE;
        }
        int slash = origin.lastIndexOf('/');
        String dir = origin.substring(0, slash + 1);
        String stem = origin.substring(slash + 1, origin.length() - 3);
        return PyUnicode.of(dir + "__pycache__/" + stem + ".cpython-311.pyc");
    }

    final String name;
    /** The file the module comes from, or null (a namespace package). */
    final String origin;
    final PyObject loader;
    /** A package's {@code __path__}; None for a plain module. */
    final PyObject searchLocations;
    /** A package's spec: {@code parent} is the package itself. */
    private final boolean isPackage;

    ModuleSpec(String name, String origin) {
        this(name, origin, PyNone.NONE, PyNone.NONE);
    }

    ModuleSpec(String name, String origin, PyObject loader, PyObject searchLocations) {
        this.name = name;
        this.origin = origin;
        this.loader = loader;
        this.searchLocations = searchLocations;
        this.isPackage = searchLocations != PyNone.NONE;
    }

    private String parent() {
        if (isPackage) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    private String repr() {
        StringBuilder sb = new StringBuilder("ModuleSpec(name='").append(name).append("', loader=")
                .append(Abstract.repr(loader).value);
        if (origin != null) {
            sb.append(", origin='").append(origin).append('\'');
        }
        if (searchLocations != PyNone.NONE) {
            sb.append(", submodule_search_locations=").append(Abstract.repr(searchLocations).value);
        }
        return sb.append(')').toString();
    }

    private static PyObject orNone(String s) {
        return s == null ? PyNone.NONE : PyUnicode.of(s);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
