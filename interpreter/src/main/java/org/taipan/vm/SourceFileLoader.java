package org.taipan.vm;

import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/**
 * {@code importlib.machinery.SourceFileLoader}: the loader of a module read from a {@code .py}
 * file, kept as the module's {@code __loader__} and {@code __spec__.loader} (its {@code name}
 * and {@code path} say what it loaded). The loading itself is {@link Import}'s.
 */
public final class SourceFileLoader extends PyObject {
    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external.SourceFileLoader", null, t -> {
        t.getset("name", self -> PyUnicode.of(((SourceFileLoader) self).name), null);
        t.getset("path", self -> PyUnicode.of(((SourceFileLoader) self).path), null);
        t.method("get_filename", 0, 1, (self, a, off, n) -> PyUnicode.of(((SourceFileLoader) self).path));
        t.method("get_source", (self, name) -> ((SourceFileLoader) self).source());
        t.method("get_data", (self, path) -> new org.taipan.objects.PyBytes(
                ((SourceFileLoader) self).data(org.taipan.objects.Abstract.str(path).value)));
        t.method("is_package", (self, name) -> org.taipan.objects.PyBool.of(
                java.nio.file.Path.of(((SourceFileLoader) self).path).getFileName().toString().equals("__init__.py")));
    });

    final String name;
    final String path;

    SourceFileLoader(String name, String path) {
        this.name = name;
        this.path = path;
    }

    /** The bytes of {@code file}: a library file from the jar, any other from the file system. */
    byte[] data(String file) {
        byte[] b = org.taipan.modules.LibraryModules.read(file);
        if (b != null) {
            return b;
        }
        try {
            return java.nio.file.Files.readAllBytes(org.taipan.modules.Stdio.workingDirectory().resolve(file));
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            throw org.taipan.objects.PyExc.raise(org.taipan.objects.PyExc.OSError, "cannot read " + file);
        }
    }

    /** {@code get_source(name)}: the module's text, decoded as the compiler does, with newlines as \n. */
    PyObject source() {
        byte[] b;
        try {
            b = data(path);
        } catch (org.taipan.objects.PyException e) {
            org.taipan.objects.PyBaseException ie = org.taipan.objects.PyExc.instance(
                    org.taipan.objects.PyExc.ImportError, "source not available through get_data()");
            ie.setAttr("name", PyUnicode.of(name));
            throw new org.taipan.objects.PyException(ie);
        }
        String text = org.taipan.parse.SourceDecoder.decode(b, path);
        return PyUnicode.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
