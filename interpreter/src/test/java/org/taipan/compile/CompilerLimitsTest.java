package org.taipan.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.taipan.ast.Mod;
import org.taipan.parse.ParseLimitException;
import org.taipan.parse.Parser;

/** Bad input never escapes the compiler as a Java error: deep nesting is CPython's RecursionError. */
class CompilerLimitsTest {
    private static CodeData compile(String src) {
        Mod mod = Parser.parse(src, "s", "exec");
        return Compiler.compile(mod, "s", "exec", 0, 0);
    }

    @Test
    void longOperatorChainsCompile() {
        assertNotNull(compile(String.join("+", Collections.nCopies(1000, "a"))));
    }

    @Test
    void tooDeepExpressionsAreRecursionErrorsLikeCPython() {
        // CPython 3.11: compile('+'.join(['a'] * 10000), ...) raises
        // RecursionError: maximum recursion depth exceeded during compilation
        ParseLimitException e = assertThrows(ParseLimitException.class,
                () -> compile(String.join("+", Collections.nCopies(100000, "a"))));
        assertEquals("RecursionError", e.pythonType);
        assertEquals("maximum recursion depth exceeded during compilation", e.msg);
    }
}
