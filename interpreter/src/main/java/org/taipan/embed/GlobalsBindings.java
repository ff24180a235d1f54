package org.taipan.embed;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.script.Bindings;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * JSR-223 bindings that are a Python module's globals: putting a Java value defines a global
 * (converted by {@link Conversion#toPython}), getting one converts back ({@link Conversion#toJava});
 * what a script assigns at top level is visible here at once. Every access takes the GIL.
 */
public final class GlobalsBindings extends AbstractMap<String, Object> implements Bindings {
    private final PyDict globals;

    /** Fresh globals of a module named {@code __main__}, with the main interpreter's builtins. */
    public GlobalsBindings() {
        this(GilState.call(() -> PythonRuntime.newMainModule(PythonRuntime.get().mainInterpreter()).getDict()));
    }

    /** Bindings over an existing globals dict. */
    public GlobalsBindings(PyDict globals) {
        this.globals = globals;
    }

    /** The Python dict itself. */
    public PyDict globals() {
        return globals;
    }

    @Override
    public Object put(String name, Object value) {
        checkKey(name);
        return GilState.call(() -> {
            PyObject old = globals.getStr(name);
            globals.setStr(name, Conversion.toPython(value));
            return old == null ? null : Conversion.toJava(old);
        });
    }

    @Override
    public Object get(Object key) {
        checkKey(key);
        return GilState.call(() -> {
            PyObject v = globals.getStr((String) key);
            return v == null ? null : Conversion.toJava(v);
        });
    }

    @Override
    public boolean containsKey(Object key) {
        checkKey(key);
        return GilState.call(() -> globals.containsStr((String) key));
    }

    @Override
    public Object remove(Object key) {
        checkKey(key);
        return GilState.call(() -> {
            PyObject old = globals.delItemOrNull(PyUnicode.of((String) key));
            return old == null ? null : Conversion.toJava(old);
        });
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        // A snapshot: the globals are a Python dict that scripts change under the GIL.
        return GilState.call(() -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<PyObject, PyObject> e : globals.entries()) {
                if (e.getKey() instanceof PyUnicode) {
                    copy.put(((PyUnicode) e.getKey()).value, Conversion.toJava(e.getValue()));
                }
            }
            return copy.entrySet();
        });
    }

    private static void checkKey(Object key) {
        if (key == null) {
            throw new NullPointerException("key is null");
        }
        if (!(key instanceof String)) {
            throw new ClassCastException("key is not a String");
        }
        if (((String) key).isEmpty()) {
            throw new IllegalArgumentException("key is empty");
        }
    }
}
