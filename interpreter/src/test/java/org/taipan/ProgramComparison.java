package org.taipan;

/**
 * What distinguishes a run of Taipan from CPython's recorded run of the same program, as one
 * readable line: the first differing line of stdout or stderr, or the exit status.
 */
final class ProgramComparison {
    private static final int SHOWN_CHARS = 160;

    private ProgramComparison() {
    }

    /** Null when the run matches the goldens exactly. */
    static String firstDifference(ProgramCase c, ProgramRun run, long timeoutMillis) {
        if (run.timedOut) {
            return "no exit after " + timeoutMillis / 1000 + " s" + firstLines(run);
        }
        if (run.javaException != null) {
            return "a Java exception escaped Main.run: " + run.javaException.strip().replace("\n", "\n    ");
        }
        String out = lineDifference("stdout", run.out, c.expectedOut());
        if (out != null) {
            // Our stderr usually says why stdout went wrong (an unexpected traceback).
            String ourErr = run.err.equals(c.expectedErr()) ? "" : lastLine(run.err);
            return ourErr.isEmpty() ? out : out + "; our stderr ends: '" + clip(ourErr) + "'";
        }
        String err = lineDifference("stderr", run.err, c.expectedErr());
        if (err != null) {
            return err;
        }
        if (run.status != c.expectedStatus()) {
            return "exit status " + run.status + ", expected " + c.expectedStatus();
        }
        return null;
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String firstLines(ProgramRun run) {
        return run.err.isEmpty() ? "" : "; stderr so far: " + clip(run.err.lines().findFirst().orElse(""));
    }

    /** The first line where {@code ours} and {@code expected} differ, or null if equal. */
    static String lineDifference(String stream, String ours, String expected) {
        if (ours.equals(expected)) {
            return null;
        }
        String[] a = ours.split("\n", -1);
        String[] b = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? quote(a[i]) : "<end of output>";
            String y = i < b.length ? quote(b[i]) : "<end of output>";
            if (!x.equals(y)) {
                return stream + " line " + (i + 1) + ": got " + x + ", expected " + y;
            }
        }
        return stream + " differs";
    }

    private static String quote(String line) {
        return "'" + clip(line) + "'";
    }

    private static String clip(String s) {
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "...";
    }
}
