package org.taipan;

/** Entry point of taipan.jar: the {@code python3}-like command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("taipan: not yet");
        System.exit(2);
    }
}
