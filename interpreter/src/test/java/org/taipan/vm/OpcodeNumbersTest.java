package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.taipan.compile.Opcode;

/** The evaluation loop's int opcode constants must be exactly the compiler's enum ordinals. */
class OpcodeNumbersTest {
    @Test
    void everyOpcodeHasItsOrdinal() throws IllegalAccessException {
        int constants = 0;
        for (Field f : OpcodeNumbers.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                assertEquals(Opcode.valueOf(f.getName()).ordinal(), f.getInt(null), f.getName());
                constants++;
            }
        }
        assertEquals(Opcode.values().length, constants, "one constant per opcode");
    }
}
