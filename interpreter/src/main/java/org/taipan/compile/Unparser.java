package org.taipan.compile;

import org.taipan.ast.Expr;

/** The source text of an annotation, for {@code from __future__ import annotations}. */
final class Unparser {
    private Unparser() {
    }

    static String unparse(Expr e) {
        return new ExprText().text(e);
    }
}
