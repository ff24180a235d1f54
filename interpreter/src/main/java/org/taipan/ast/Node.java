package org.taipan.ast;

/**
 * Base of every AST node: the tree the parser builds and the compiler reads. Node classes, field
 * names and field order are CPython 3.11's ({@code tools/gen_ast.py} generates them), so that
 * {@link AstDump} can print exactly what {@code ast.dump} prints.
 */
public abstract class Node {
    /** The CPython class name, e.g. {@code "BinOp"} or {@code "comprehension"}. */
    public abstract String typeName();

    /** Reports each field in CPython's {@code _fields} order. */
    public abstract void forEachField(FieldConsumer consumer);

    public abstract <R> R accept(Visitor<R> visitor);

    /** Receives one field of a node: its CPython name, value, and whether ASDL marks it optional. */
    @FunctionalInterface
    public interface FieldConsumer {
        void field(String name, Object value, boolean optional);
    }
}
