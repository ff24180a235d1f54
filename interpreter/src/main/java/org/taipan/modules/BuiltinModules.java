package org.taipan.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.taipan.objects.PyModule;
import org.taipan.vm.InterpreterState;

/**
 * The table of modules implemented in Java (CPython's {@code PyImport_Inittab}): the import
 * system asks it before looking at the library shipped in the jar and at {@code sys.path}.
 * Its names (with {@code builtins} and {@code sys}) are {@code sys.builtin_module_names}.
 */
public final class BuiltinModules {
    private static final Map<String, Function<InterpreterState, PyModule>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("math", MathModule::create);
        TABLE.put("_time", TimeModule::create);
        TABLE.put("posix", PosixModule::create);
        TABLE.put("_io", org.taipan.modules.io.IoModule::create);
        TABLE.put("_struct", StructModule::create);
        TABLE.put("marshal", MarshalModule::create);
        TABLE.put("_collections", CollectionsModule::create);
        TABLE.put("_traceback", TracebackModule::create);
        TABLE.put("_weakref", WeakrefModule::create);
        TABLE.put("gc", GcModule::create);
        TABLE.put("_bisect", BisectModule::create);
        TABLE.put("_heapq", HeapqModule::create);
        TABLE.put("atexit", AtexitModule::create);
        TABLE.put("_thread", ThreadModule::create);
        TABLE.put("_sre", org.taipan.modules.sre.SreModule::create);
        TABLE.put("_random", RandomModule::create);
        TABLE.put("_json", org.taipan.modules.json.JsonModule::create);
        TABLE.put("_dis", DisModule::create);
        TABLE.put("_imp", ImpModule::create);
        TABLE.put("_ast", org.taipan.modules.astbridge.AstModule::create);
        TABLE.put("_hashlib", DigestModule::create);
        TABLE.put("_zlib", ZlibModule::create);
        TABLE.put("_subprocess", SubprocessModule::create);
        TABLE.put("itertools", ItertoolsModule::create);
        TABLE.put("_asyncio", AsyncioModule::create);
    }

    private BuiltinModules() {
    }

    /** A fresh module {@code name}, or null when no Java module has that name. */
    public static PyModule create(String name, InterpreterState interp) {
        Function<InterpreterState, PyModule> f = TABLE.get(name);
        return f == null ? null : f.apply(interp);
    }

    /** Sorted names of all built-in modules, for {@code sys.builtin_module_names}. */
    public static String[] names() {
        java.util.TreeSet<String> s = new java.util.TreeSet<>(TABLE.keySet());
        s.add("builtins");
        s.add("sys");
        return s.toArray(new String[0]);
    }
}
