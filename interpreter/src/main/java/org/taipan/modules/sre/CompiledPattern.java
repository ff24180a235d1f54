package org.taipan.modules.sre;

import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * The engine's handle on a compiled pattern, held by {@code re.Pattern}: the program, whether it
 * was a bytes pattern, and the group names (template parsing needs them).
 */
public final class CompiledPattern extends PyObject {
    public static final PyType TYPE = PyType.builtin("_sre.CompiledPattern", null, null);

    final Program program;
    final boolean bytes;
    final java.util.Map<String, Integer> groupIndex;
    /** The Python {@code re.Pattern} owning this program ({@code Match.re}). */
    PyObject owner = org.taipan.objects.PyNone.NONE;
    /** {@code re.error}, for template errors found later. */
    final PyObject errorClass;
    /** Parsed replacement templates by their text (CPython caches them too). */
    final java.util.HashMap<String, org.taipan.objects.PyTuple> templates = new java.util.HashMap<>();

    CompiledPattern(Program program, boolean bytes, java.util.Map<String, Integer> groupIndex, PyObject errorClass) {
        this.program = program;
        this.bytes = bytes;
        this.groupIndex = groupIndex;
        this.errorClass = errorClass;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
