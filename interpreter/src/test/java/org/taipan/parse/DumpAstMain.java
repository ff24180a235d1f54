package org.taipan.parse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.ast.AstDump;

/**
 * Prints our {@code ast.dump(..., include_attributes=True)} of one file on one line, or
 * {@code ERROR Type line N offset M: msg} (and on stderr the error as the launcher prints it);
 * the dev tool {@code tools/astdiff} compares it with CPython's. Usage:
 * {@code DumpAstMain FILE [FILENAME [MODE]]}: FILENAME as reported in errors; with MODE the file's
 * UTF-8 text is parsed as a str in that mode, like {@code ast.parse(text, mode=MODE)}.
 */
public final class DumpAstMain {
    private DumpAstMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // AstDump recurses once per tree level: give deep trees a big stack.
        int[] status = {0};
        Thread worker = new Thread(null, () -> status[0] = run(args), "dump-ast", 1L << 30);
        worker.start();
        worker.join();
        System.exit(status[0]);
    }

    private static int run(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: DumpAstMain FILE [FILENAME [MODE]]");
            return 2;
        }
        byte[] data;
        try {
            data = Files.readAllBytes(Path.of(args[0]));
        } catch (IOException e) {
            System.err.println("DumpAstMain: cannot read " + args[0] + ": " + e);
            return 2;
        }
        String filename = args.length > 1 ? args[1] : args[0];
        String mode = args.length > 2 ? args[2] : null;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int status = 0;
        try {
            out.println(AstDump.dump(mode == null ? Parser.parseFile(data, filename)
                    : Parser.parse(new String(data, StandardCharsets.UTF_8), filename, mode)));
        } catch (SyntaxErrorException e) {
            out.println("ERROR " + e.pythonType + " line " + e.lineno + " offset " + e.offset + ": "
                    + e.msg);
            // What the launcher would print, for comparison with python3's stderr.
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            err.print(SyntaxErrorFormatter.format(e));
            err.flush();
            status = 1;
        } catch (ParseLimitException e) {
            out.println("ERROR " + e.pythonType + " line 0 offset 0: " + e.msg);
            status = 1;
        } catch (Throwable t) { // report any Java exception with its trace: that is a parser bug
            out.println("ERROR Java exception " + t);
            t.printStackTrace();
            status = 3;
        }
        out.flush();
        return status;
    }
}
