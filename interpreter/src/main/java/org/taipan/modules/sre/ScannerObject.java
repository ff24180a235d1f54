package org.taipan.modules.sre;

import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * {@code _sre.SRE_Scanner} ({@code Pattern.scanner}, behind {@code finditer}): successive
 * matches over one subject, refusing an empty match where the previous match ended empty.
 */
public final class ScannerObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("_sre.SRE_Scanner", null, ScannerObject::setup);

    private final CompiledPattern pattern;
    private final PyObject string;
    private final int[] text;
    private final Matcher matcher;
    private final int firstPos;
    private final int endpos;
    private int pos;
    private boolean mustAdvance;
    private boolean done;

    ScannerObject(CompiledPattern pattern, PyObject string, int[] text, int pos, int endpos) {
        this.pattern = pattern;
        this.string = string;
        this.text = text;
        this.firstPos = pos;
        this.pos = pos;
        this.endpos = endpos;
        this.matcher = new Matcher(pattern.program, text, endpos);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyObject next(boolean search) {
        if (done || pos > endpos) {
            return PyNone.NONE;
        }
        matcher.forbidEmptyAt(mustAdvance ? pos : -1);
        boolean found = search ? matcher.search(pos) : matcher.match(pos, false);
        if (!found) {
            done = true;
            return PyNone.NONE;
        }
        MatchObject m = new MatchObject(pattern, string, text, matcher, firstPos, endpos);
        mustAdvance = matcher.matchStart == matcher.matchEnd();
        pos = matcher.matchEnd();
        return m;
    }

    private static void setup(PyType t) {
        t.method("match", self -> ((ScannerObject) self).next(false));
        t.method("search", self -> ((ScannerObject) self).next(true));
        t.getset("pattern", self -> ((ScannerObject) self).pattern.owner, null);
    }
}
