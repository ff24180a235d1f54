package org.taipan.compile;

import java.util.List;
import org.taipan.ast.*;

/**
 * Decides whether a module or class body needs SETUP_ANNOTATIONS: CPython 3.11's
 * {@code find_ann}, which looks into compound statements but not into {@code match} or nested
 * scopes.
 */
final class AnnotationFinder {
    private AnnotationFinder() {
    }

    static boolean hasAnnotations(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof AnnAssign) {
                return true;
            }
            boolean res = false;
            if (s instanceof For f) {
                res = hasAnnotations(f.body) || hasAnnotations(f.orelse);
            } else if (s instanceof AsyncFor f) {
                res = hasAnnotations(f.body) || hasAnnotations(f.orelse);
            } else if (s instanceof While w) {
                res = hasAnnotations(w.body) || hasAnnotations(w.orelse);
            } else if (s instanceof If i) {
                res = hasAnnotations(i.body) || hasAnnotations(i.orelse);
            } else if (s instanceof With w) {
                res = hasAnnotations(w.body);
            } else if (s instanceof AsyncWith w) {
                res = hasAnnotations(w.body);
            } else if (s instanceof Try t) {
                res = handlers(t.handlers) || hasAnnotations(t.body) || hasAnnotations(t.finalbody)
                        || hasAnnotations(t.orelse);
            } else if (s instanceof TryStar t) {
                res = handlers(t.handlers) || hasAnnotations(t.body) || hasAnnotations(t.finalbody)
                        || hasAnnotations(t.orelse);
            }
            if (res) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            if (hasAnnotations(h.body)) {
                return true;
            }
        }
        return false;
    }
}
