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
        t.method("is_package", (self, name) -> org.taipan.objects.PyBool.of(
                java.nio.file.Path.of(((SourceFileLoader) self).path).getFileName().toString().equals("__init__.py")));
    });

    final String name;
    final String path;

    SourceFileLoader(String name, String path) {
        this.name = name;
        this.path = path;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
