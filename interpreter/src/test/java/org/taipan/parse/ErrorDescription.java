package org.taipan.parse;

/** One-line descriptions of what our parser threw, for test failure reports. */
final class ErrorDescription {
    private ErrorDescription() {
    }

    static String of(Throwable t) {
        if (t instanceof SyntaxErrorException) {
            SyntaxErrorException se = (SyntaxErrorException) t;
            return se.pythonType + " at line " + se.lineno + " offset " + se.offset + " (" + se.msg + ")";
        }
        StringBuilder sb = new StringBuilder(t.getClass().getSimpleName());
        if (t.getMessage() != null) {
            sb.append(": ").append(t.getMessage().lines().findFirst().orElse(""));
        }
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("org.taipan.")) {
                sb.append(" at ").append(e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1))
                        .append('.').append(e.getMethodName()).append(':').append(e.getLineNumber());
                break;
            }
        }
        return sb.toString();
    }
}
