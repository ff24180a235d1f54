package org.taipan.cli;

/**
 * Where the interactive loop reads its lines from, CPython's {@code PyOS_Readline}: a terminal
 * with line editing and history, or a plain stream (stdin piped) with the prompt on stderr.
 */
public interface PromptReader {
    /** Thrown when the user presses Ctrl-C at the prompt. */
    final class Interrupted extends RuntimeException {
        public Interrupted() {
            super(null, null, false, false);
        }
    }

    /** Shows {@code prompt} and returns the line typed (without its newline), or null at end of input. */
    String readLine(String prompt);

    /** Called once when the loop ends (saves the history). */
    default void close() {
    }
}
