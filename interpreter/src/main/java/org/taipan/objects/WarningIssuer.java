package org.taipan.objects;

/**
 * Issuing a warning from the object model ({@code PyErr_WarnEx}): the types cannot see the
 * {@code warnings} module, so the VM installs the implementation (it calls
 * {@code warnings.warn(message, category, stacklevel)}); the default does nothing. A warning
 * turned into an error by the filters raises it.
 */
public final class WarningIssuer {
    private WarningIssuer() {
    }

    /** The VM's implementation. */
    public interface Hook {
        void warn(PyType category, String message, int stacklevel);
    }

    public static Hook hook = (category, message, stacklevel) -> { };

    /** Issues {@code message} as a {@code category} warning attributed to the calling Python code. */
    public static void warn(PyType category, String message, int stacklevel) {
        hook.warn(category, message, stacklevel);
    }
}
