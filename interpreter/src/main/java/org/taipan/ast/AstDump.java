package org.taipan.ast;

import java.math.BigInteger;
import java.util.List;
import org.taipan.format.PyRepr;

/**
 * Prints a tree as CPython's {@code ast.dump(node, include_attributes=True)} does (no indent):
 * fields in order, an optional field that is {@code None} left out, positions after the fields.
 * The stdlib differential test compares this text with CPython's, so every detail matters.
 */
public final class AstDump {
    private final StringBuilder out = new StringBuilder();
    private final boolean includeAttributes;

    private AstDump(boolean includeAttributes) {
        this.includeAttributes = includeAttributes;
    }

    /** {@code ast.dump(node, include_attributes=True)}. */
    public static String dump(Node node) {
        return dump(node, true);
    }

    public static String dump(Node node, boolean includeAttributes) {
        try {
            return dumpHere(node, includeAttributes);
        } catch (StackOverflowError e) {
            // Deep trees (thousands of elif or nested operators) outgrow a normal thread stack;
            // CPython's dump recurses too, but on the C stack. Retry once with a big stack.
            String[] result = new String[1];
            Thread t = new Thread(null, () -> result[0] = dumpHere(node, includeAttributes),
                    "ast-dump", BIG_STACK);
            t.start();
            try {
                t.join();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            if (result[0] == null) {
                throw new IllegalStateException("AST too deep to dump");
            }
            return result[0];
        }
    }

    private static final long BIG_STACK = 1L << 30;

    private static String dumpHere(Node node, boolean includeAttributes) {
        AstDump d = new AstDump(includeAttributes);
        d.node(node);
        return d.out.toString();
    }

    private void node(Node node) {
        out.append(node.typeName()).append('(');
        boolean[] first = {true};
        node.forEachField((name, value, optional) -> {
            if (value == null && optional) {
                return;
            }
            separator(first);
            out.append(name).append('=');
            value(value);
        });
        if (includeAttributes && node instanceof Located) {
            Located loc = (Located) node;
            attribute(first, "lineno", loc.lineno);
            attribute(first, "col_offset", loc.colOffset);
            attribute(first, "end_lineno", loc.endLineno);
            attribute(first, "end_col_offset", loc.endColOffset);
        }
        out.append(')');
    }

    private void attribute(boolean[] first, String name, int value) {
        separator(first);
        out.append(name).append('=').append(value);
    }

    private void separator(boolean[] first) {
        if (!first[0]) {
            out.append(", ");
        }
        first[0] = false;
    }

    private void value(Object value) {
        if (value instanceof Node) {
            node((Node) value);
        } else if (value instanceof List) {
            out.append('[');
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(list.get(i));
            }
            out.append(']');
        } else if (value instanceof Enum) {
            out.append(((Enum<?>) value).name()).append("()");
        } else {
            out.append(constant(value));
        }
    }

    /** Python's {@code repr} of an AST constant value (see the package doc for the mapping). */
    public static String constant(Object value) {
        if (value == null) {
            return "None";
        } else if (value instanceof Boolean) {
            return (Boolean) value ? "True" : "False";
        } else if (value instanceof String) {
            return PyRepr.str((String) value);
        } else if (value instanceof CodePointString) {
            return PyRepr.str(((CodePointString) value).codePoints());
        } else if (value instanceof BigInteger || value instanceof Integer || value instanceof Long) {
            return value.toString();
        } else if (value instanceof Double) {
            return PyRepr.floatRepr((Double) value);
        } else if (value instanceof ComplexLiteral) {
            ComplexLiteral c = (ComplexLiteral) value;
            return PyRepr.complexRepr(c.real(), c.imag());
        } else if (value instanceof BytesLiteral) {
            return PyRepr.bytes(((BytesLiteral) value).bytes());
        } else if (value instanceof EllipsisLiteral) {
            return "Ellipsis";
        }
        throw new IllegalArgumentException("not an AST constant: " + value.getClass());
    }
}
