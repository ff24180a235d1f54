package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.taipan.ast.Module;

/**
 * Deep nesting: CPython 3.11's parser raises MemoryError past its stack limit (e.g. 5970 unary
 * minus signs, 2986 chained '**'); below it we must parse without a Java StackOverflowError.
 */
class ParserLimitTest {
    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    @Test
    void hundredThousandMinusSignsIsMemoryError() {
        ParseLimitException e = assertThrows(ParseLimitException.class,
                () -> Parser.parse(repeat("-", 100000) + "1", "<test>", "exec"));
        assertEquals("MemoryError", e.pythonType);
        assertEquals("", e.msg);
    }

    @Test
    void threeThousandMinusSignsParse() {
        // CPython parses this too; its RecursionError only comes when converting to Python objects.
        Module m = (Module) Parser.parse(repeat("-", 3000) + "1", "<test>", "exec");
        assertEquals(1, m.body.size());
    }

    @Test
    void limitMatchesCPythonForUnaryAndNot() {
        Parser.parse(repeat("-", 5969) + "1", "<test>", "exec");
        assertThrows(ParseLimitException.class,
                () -> Parser.parse(repeat("-", 5970) + "1", "<test>", "exec"));
        Parser.parse(repeat("not ", 5969) + "1", "<test>", "exec");
        assertThrows(ParseLimitException.class,
                () -> Parser.parse(repeat("not ", 5970) + "1", "<test>", "exec"));
    }

    @Test
    void limitMatchesCPythonForPowerAndLambda() {
        Parser.parse(String.join("**", java.util.Collections.nCopies(2985, "a")), "<test>", "exec");
        assertThrows(ParseLimitException.class, () -> Parser.parse(
                String.join("**", java.util.Collections.nCopies(2986, "a")), "<test>", "exec"));
        Parser.parse(repeat("lambda:", 2984) + "1", "<test>", "exec");
        assertThrows(ParseLimitException.class,
                () -> Parser.parse(repeat("lambda:", 2985) + "1", "<test>", "exec"));
    }

    @Test
    void elifChainLimitMatchesCPython() {
        Parser.parse("if a: pass\n" + repeat("elif a: pass\n", 5966), "<test>", "exec");
        assertThrows(ParseLimitException.class,
                () -> Parser.parse("if a: pass\n" + repeat("elif a: pass\n", 5967), "<test>", "exec"));
    }

    @Test
    void deepBracketsAreTheTokenizersLimit() {
        String src = "x = " + repeat("[", 199) + repeat("]", 199) + "\n";
        Module m = (Module) Parser.parse(src, "<test>", "exec");
        assertEquals(1, m.body.size());
    }
}
