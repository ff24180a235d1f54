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

    CompiledPattern(Program program, boolean bytes, java.util.Map<String, Integer> groupIndex) {
        this.program = program;
        this.bytes = bytes;
        this.groupIndex = groupIndex;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
