package org.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the interactive loop runs a statement and when it asks for more: each case is the
 * sequence of states after each line, as {@code python3 -i} decides them (checked by hand
 * against its ps1/ps2 prompts; the piped differential programs in {@code programs/cli} hold
 * the whole loop to CPython's output).
 */
class InteractiveInputTest {
    private static List<InteractiveInput.State> states(String... lines) {
        InteractiveInput input = new InteractiveInput();
        List<InteractiveInput.State> out = new ArrayList<>();
        for (String line : lines) {
            InteractiveInput.State s = input.add(line);
            out.add(s);
            if (s != InteractiveInput.State.MORE) {
                input.clear();
            }
        }
        return out;
    }

    private static final InteractiveInput.State MORE = InteractiveInput.State.MORE;
    private static final InteractiveInput.State COMPLETE = InteractiveInput.State.COMPLETE;
    private static final InteractiveInput.State EMPTY = InteractiveInput.State.EMPTY;

    @Test
    void simpleStatementsEndWithTheirLine() {
        assertEquals(List.of(COMPLETE, COMPLETE), states("x = 1", "print(x)"));
        assertEquals(List.of(COMPLETE), states("1 +"));
    }

    @Test
    void blankAndCommentLinesAreEmptyStatements() {
        assertEquals(List.of(EMPTY, EMPTY, EMPTY), states("", "   ", "# note"));
    }

    @Test
    void bracketsStringsAndBackslashesContinue() {
        assertEquals(List.of(MORE, MORE, COMPLETE), states("x = (1 +", "", " 2)"));
        assertEquals(List.of(MORE, COMPLETE), states("s = '''a", "b'''"));
        assertEquals(List.of(MORE, COMPLETE), states("x = 1 + \\", "2"));
        assertEquals(List.of(MORE, EMPTY), states("\\", ""));
        assertEquals(List.of(COMPLETE), states("s = ')'  # ("));
    }

    @Test
    void compoundStatementsEndWithAnEmptyLine() {
        assertEquals(List.of(MORE, MORE, MORE, COMPLETE), states("if x:", "    y = 1", "   ", ""));
        assertEquals(List.of(MORE, COMPLETE), states("if 1: pass", ""));
        assertEquals(List.of(MORE, MORE, MORE, MORE, COMPLETE),
                states("try:", "  pass", "except E:", "  pass", ""));
        assertEquals(List.of(MORE, MORE, MORE), states("@dec", "@dec2", "def f(): pass"));
        assertEquals(List.of(MORE, MORE), states("match x:", "  case 1:"));
        assertEquals(List.of(COMPLETE), states("match = 3"));
    }

    @Test
    void anUnindentedLineEndsACompoundStatementAtOnce() {
        assertEquals(List.of(MORE, MORE, COMPLETE), states("if 1:", "  x = 1", "print(x)"));
        assertEquals(List.of(MORE, MORE, MORE), states("if 1:", "  x = 1", "else:"));
    }

    @Test
    void anErrorBeforeTheEndCompletesAtOnce() {
        assertEquals(List.of(MORE, COMPLETE), states("for i in x:", "  1 +* 2"));
    }
}
