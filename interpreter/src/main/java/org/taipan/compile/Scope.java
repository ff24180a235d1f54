package org.taipan.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): a module, class body,
 * function, lambda, comprehension or (with postponed annotations) annotation. It records how each
 * name is used in the block and, after analysis, where each name lives.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION, ANNOTATION }

    /** How a name is used in the block (CPython's DEF_* flags). */
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE = 32;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where a name lives after analysis (CPython's scope kinds). */
    enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    /** Comprehension kinds, for the {@code 'yield' inside ...} messages. */
    enum Comprehension {
        NONE(null), LIST("list comprehension"), SET("set comprehension"),
        DICT("dict comprehension"), GENERATOR("generator expression");

        final String description;

        Comprehension(String description) {
            this.description = description;
        }
    }

    final String name;
    final Kind kind;
    final int lineno;
    final Scope parent;
    /** Names in order of first mention, with their DEF_* flags. */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, Binding> bindings = new HashMap<>();
    /** Parameters in co_varnames order. */
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Where each global/nonlocal directive was (for errors found during analysis). */
    final Map<String, int[]> directives = new HashMap<>();

    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean needsClassClosure;
    boolean hasFree;
    boolean childHasFree;
    Comprehension comprehension = Comprehension.NONE;
    int compIterExpr;
    boolean compIterTarget;
    /** The class name used for private name mangling inside this block, or null. */
    String privateName;

    Scope(String name, Kind kind, int lineno, Scope parent) {
        this.name = name;
        this.kind = kind;
        this.lineno = lineno;
        this.parent = parent;
    }

    int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    Binding binding(String name) {
        return bindings.get(name);
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** Names of the given binding, sorted (CPython's {@code dictbytype}). */
    List<String> sortedNames(Binding binding, int alsoFlag) {
        TreeSet<String> out = new TreeSet<>(Scope::compareCodePoints);
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            if (bindings.get(e.getKey()) == binding || (e.getValue() & alsoFlag) != 0) {
                out.add(e.getKey());
            }
        }
        return new ArrayList<>(out);
    }

    /** Python's str ordering: by code point, not by UTF-16 unit. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
