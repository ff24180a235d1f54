package org.taipan.modules;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.vm.Import;
import org.taipan.vm.InterpreterState;
import org.taipan.vm.ModuleSpec;
import org.taipan.vm.SourceFileLoader;

/**
 * {@code _imp}: the import system's entry points that {@code importlib} (our Python package in
 * {@code lib/importlib}) builds on. CPython's module of that name holds the C side of its import
 * machinery; ours holds what our Java {@link Import} offers: {@code reload} and the types of
 * the objects it creates.
 */
final class ImpModule {
    private ImpModule() {
    }

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_imp");
        m.addFunction("reload", (self, a, off, n, kw) -> {
            ArgParser.checkCount("reload", n, 1, 1);
            return Import.reload(interp, a[off]);
        });
        // CPython's test.support switches frozen modules on and off with it; Taipan freezes none
        m.addFunction("_override_frozen_modules_for_tests", (self, a, off, n, kw) -> {
            ArgParser.checkCount("_override_frozen_modules_for_tests", n, 1, 1);
            return org.taipan.objects.PyNone.NONE;
        });
        m.add("ModuleSpec", ModuleSpec.TYPE);
        m.add("SourceFileLoader", SourceFileLoader.TYPE);
        return m;
    }
}
