package org.taipan.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.AstDump;
import org.taipan.ast.BytesLiteral;
import org.taipan.ast.ComplexLiteral;
import org.taipan.ast.EllipsisLiteral;

/**
 * Python's {@code repr} of a compile-time constant (for error messages and bytecode listings);
 * code objects show as {@code <code qualname>} and frozenset items are sorted, since their
 * iteration order depends on hashing.
 */
public final class CodeRepr {
    private CodeRepr() {
    }

    public static String repr(Object o) {
        if (o instanceof CodeData c) {
            return "<code " + c.qualname + ">";
        }
        if (o instanceof ConstantTuple t) {
            List<String> items = new ArrayList<>();
            for (Object x : t.items()) {
                items.add(repr(x));
            }
            return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
        }
        if (o instanceof ConstantFrozenSet s) {
            List<String> items = new ArrayList<>();
            for (Object x : s.items()) {
                items.add(repr(x));
            }
            items.sort(null);
            return "frozenset({" + String.join(", ", items) + "})";
        }
        if (o instanceof EllipsisLiteral) {
            return "Ellipsis";
        }
        if (o instanceof BigInteger || o instanceof BytesLiteral || o instanceof ComplexLiteral
                || o instanceof Double || o instanceof String || o instanceof Boolean || o == null
                || o instanceof org.taipan.ast.CodePointString) {
            return AstDump.constant(o);
        }
        return String.valueOf(o);
    }
}
