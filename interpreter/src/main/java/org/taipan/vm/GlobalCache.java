package org.taipan.vm;

import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * LOAD_GLOBAL's cache for one name of a code object (CPython 3.11 specialises LOAD_GLOBAL on the
 * dict keys' versions; this is our own form of the idea). It remembers in which dict, globals or
 * builtins, the name was found and at which entry, together with both dicts' key-set versions
 * ({@link PyDict#version}). While neither dict gained or lost a key the entry still holds the
 * name, so the value is read straight from it: a rebinding of the global is seen at once, and
 * a new global shadowing a builtin changes the globals' version.
 */
public final class GlobalCache {
    private PyDict globals;
    private PyDict builtins;
    private int globalsVersion;
    private int builtinsVersion;
    /** {@code globals} or {@code builtins}: where the name was found. */
    private PyDict found;
    private int entry;

    private GlobalCache() {
    }

    /** The value of global or builtin {@code code.names[i]}; NameError when neither has it. */
    static PyObject load(PyCode code, PyFrame f, int i) {
        GlobalCache[] caches = code.globalCaches;
        if (caches != null) {
            GlobalCache c = caches[i];
            PyDict g = f.globals;
            PyDict b = f.builtins;
            if (c != null && c.globals == g && c.builtins == b && c.globalsVersion == g.version()
                    && c.builtinsVersion == b.version()) {
                return c.found.valueAt(c.entry);
            }
        }
        return miss(code, f, i);
    }

    private static PyObject miss(PyCode code, PyFrame f, int i) {
        PyUnicode name = code.names[i];
        PyDict g = f.globals;
        PyDict b = f.builtins;
        PyDict found = g;
        int e = g.entryOf(name);
        if (e < 0) {
            found = b;
            e = b.entryOf(name);
            if (e < 0) {
                throw PyExc.nameError(name.value);
            }
        }
        // The look-ups above may run __eq__ of odd keys; record the versions seen after them.
        GlobalCache[] caches = code.globalCaches;
        if (caches == null) {
            caches = new GlobalCache[code.names.length];
            code.globalCaches = caches;
        }
        GlobalCache c = caches[i];
        if (c == null) {
            c = new GlobalCache();
            caches[i] = c;
        }
        c.globals = g;
        c.builtins = b;
        c.globalsVersion = g.version();
        c.builtinsVersion = b.version();
        c.found = found;
        c.entry = e;
        return found.valueAt(e);
    }
}
