package org.taipan.vm;

import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnicode;

/** {@code importlib.machinery.ModuleSpec}, minimal: name, origin and parent of a module run with -m. */
public final class ModuleSpec extends PyObject {
    public static final PyType TYPE = PyType.builtin("importlib._bootstrap.ModuleSpec", null, t -> {
        t.getset("name", self -> PyUnicode.of(((ModuleSpec) self).name), null);
        t.getset("origin", self -> PyUnicode.of(((ModuleSpec) self).origin), null);
        t.getset("parent", self -> {
            String n = ((ModuleSpec) self).name;
            int dot = n.lastIndexOf('.');
            return PyUnicode.of(dot < 0 ? "" : n.substring(0, dot));
        }, null);
        t.getset("submodule_search_locations", self -> PyNone.NONE, null);
        t.getset("loader", self -> PyNone.NONE, null);
        t.getset("has_location", self -> org.taipan.objects.PyBool.TRUE, null);
        t.repr = self -> PyUnicode.of("ModuleSpec(name='" + ((ModuleSpec) self).name + "', loader=None, origin='"
                + ((ModuleSpec) self).origin + "')");
    });

    final String name;
    final String origin;

    ModuleSpec(String name, String origin) {
        this.name = name;
        this.origin = origin;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
