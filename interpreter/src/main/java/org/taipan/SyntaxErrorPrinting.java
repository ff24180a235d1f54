package org.taipan;

import org.taipan.parse.SyntaxErrorException;

/** Bridges to the SyntaxError formatter (being written); prints a minimal form meanwhile. */
final class SyntaxErrorPrinting {
    private SyntaxErrorPrinting() {
    }

    static String format(SyntaxErrorException e) {
        return "  File \"" + e.filename + "\", line " + e.lineno + "\n" + e.pythonType + ": " + e.msg + "\n";
    }
}
