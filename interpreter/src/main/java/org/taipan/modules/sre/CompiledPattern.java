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
    /** The {@code re.Pattern} owning this program ({@code Match.re}). */
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

    private String[] names;
    /** A matcher to reuse (taken while in use, so a nested call on the same pattern makes its own). */
    private Matcher spare;

    Matcher takeMatcher(int[] text, int endpos) {
        Matcher m = spare;
        if (m == null) {
            return new Matcher(program, text, endpos);
        }
        spare = null;
        return m.reset(text, endpos);
    }

    void giveBack(Matcher m) {
        spare = m;
    }

    /** The name of each group number (null for unnamed groups), for {@code Match.lastgroup}. */
    String[] groupNames() {
        if (names == null) {
            String[] n = new String[program.groups + 1];
            for (java.util.Map.Entry<String, Integer> e : groupIndex.entrySet()) {
                n[e.getValue()] = e.getKey();
            }
            names = n;
        }
        return names;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
