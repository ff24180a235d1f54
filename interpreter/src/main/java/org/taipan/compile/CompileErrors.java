package org.taipan.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.taipan.ast.Located;
import org.taipan.parse.SyntaxErrorException;

/**
 * Builds the SyntaxErrors the symbol table and code generator raise, located the way CPython's
 * compiler locates them: offsets are the node's UTF-8 byte columns plus one, end position
 * included, and the text is read from the file named {@code filename} when it exists on disk
 * (CPython's {@code PyErr_ProgramTextObject}), so {@code compile(src, "<string>", ...)} errors
 * have no text.
 */
final class CompileErrors {
    private CompileErrors() {
    }

    static SyntaxErrorException at(String msg, String filename, Located node) {
        return at(msg, filename, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
    }

    static SyntaxErrorException at(String msg, String filename, int lineno, int col, int endLineno,
                                   int endCol) {
        return new SyntaxErrorException(msg, filename, lineno, col + 1, programText(filename, lineno),
                endLineno, endCol + 1);
    }

    private static String programText(String filename, int lineno) {
        if (filename == null || lineno < 1) {
            return null;
        }
        try {
            Path p = Path.of(filename);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            int start = 0;
            for (int line = 1; line < lineno; line++) {
                int nl = text.indexOf('\n', start);
                if (nl < 0) {
                    return null;
                }
                start = nl + 1;
            }
            int nl = text.indexOf('\n', start);
            return nl < 0 ? text.substring(start) : text.substring(start, nl + 1);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
    }
}
