package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taipan.compile.Opcode;

/** The loop's dispatch numbers: one per opcode it names, distinct, and the table maps each opcode to its own. */
class DispatchOrderTest {
    @Test
    void tableMapsEachOpcodeToItsDispatchNumber() throws IllegalAccessException {
        Set<Integer> seen = new HashSet<>();
        for (Field f : DispatchOrder.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class && !f.getName().equals("COLD")) {
                int number = f.getInt(null);
                assertTrue(seen.add(number), "dispatch number used twice: " + f.getName());
                assertTrue(number < DispatchOrder.COLD, f.getName());
                assertEquals(number, DispatchOrder.OF_OPCODE[Opcode.valueOf(f.getName()).ordinal()], f.getName());
            }
        }
        int cold = 0;
        for (int op = 0; op < 256; op++) {
            if (DispatchOrder.OF_OPCODE[op] == DispatchOrder.COLD) {
                cold++;
            }
        }
        assertEquals(256 - seen.size(), cold, "every other opcode goes to ColdOps");
    }
}
