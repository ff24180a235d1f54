package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile a method of more than 8,000 bytes of bytecode
 * ({@code -XX:-DontCompileHugeMethods}): {@code Eval.loop} must stay under it, or every program
 * runs interpreted by the JVM. Reads the code length from {@code Eval.class} itself.
 */
class EvalLoopSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void loopStaysCompilable() throws IOException {
        int length = codeLength("loop");
        assertTrue(length > 0, "Eval.loop found");
        assertTrue(length < HUGE_METHOD_LIMIT, "Eval.loop is " + length + " bytes of bytecode");
    }

    /** The Code attribute's length of the (first) method named {@code name} in Eval.class. */
    private static int codeLength(String name) throws IOException {
        try (InputStream raw = Eval.class.getResourceAsStream("Eval.class");
                DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                    case 5, 6 -> {
                        skip(in, 8);
                        i++; // longs and doubles take two entries
                    }
                    case 7, 8, 16, 19, 20 -> skip(in, 2);
                    case 15 -> skip(in, 3);
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            skip(in, 6); // access flags, this class, super class
            skip(in, 2 * in.readUnsignedShort()); // interfaces
            skipMembers(in, utf8, null); // fields
            return skipMembers(in, utf8, name); // methods
        }
    }

    /** Skips exactly {@code n} bytes (a stream's own skip may skip fewer). */
    private static void skip(DataInputStream in, int n) throws IOException {
        in.readFully(new byte[n]);
    }

    /** Skips a fields or methods table; returns the code length of method {@code name}, or -1. */
    private static int skipMembers(DataInputStream in, String[] utf8, String name) throws IOException {
        int found = -1;
        int members = in.readUnsignedShort();
        for (int m = 0; m < members; m++) {
            skip(in, 2); // access flags
            String memberName = utf8[in.readUnsignedShort()];
            skip(in, 2); // descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (found < 0 && memberName.equals(name) && attribute.equals("Code")) {
                    skip(in, 4); // max stack, max locals
                    found = in.readInt();
                    skip(in, length - 8);
                } else {
                    skip(in, length);
                }
            }
        }
        return found;
    }
}
