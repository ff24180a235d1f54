package org.taipan.modules;

import org.taipan.objects.PyModule;
import org.taipan.vm.InterpreterState;

/**
 * The modules implemented in Java that {@code import} finds before searching {@code sys.path}
 * (CPython's built-in and extension modules). Each is created on first import, per interpreter.
 */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    /** The module named {@code name}, newly created, or null when there is no such built-in module. */
    public static PyModule create(String name, InterpreterState interp) {
        switch (name) {
            case "math":
                return MathModule.create();
            case "types":
                return TypesModule.create();
            case "functools":
                return FunctoolsModule.create();
            default:
                return null;
        }
    }
}
