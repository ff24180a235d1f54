package org.taipan.compile;

/**
 * Private name mangling ({@code __spam} inside {@code class Ham} becomes {@code _Ham__spam}),
 * with CPython's exceptions: dunder names, dotted names and all-underscore class names.
 */
public final class Mangler {
    private Mangler() {
    }

    public static String mangle(String privateName, String name) {
        if (privateName == null || name == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }
}
