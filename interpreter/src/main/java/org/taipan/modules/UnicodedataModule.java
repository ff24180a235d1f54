package org.taipan.modules;

import java.text.Normalizer;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.objects.UnicodeNames;
import org.taipan.objects.UnicodeType;
import org.taipan.vm.InterpreterState;

/**
 * {@code unicodedata}: the Unicode character database, answered from the JDK's
 * {@link Character} and {@link Normalizer} and from our own numeric and name tables. CPython
 * 3.11 has Unicode 14.0, the JDK 17 has 13.0: characters new in 14.0 read as unassigned here
 * (category 'Cn'), except for names and numeric facts, which our tables carry. The properties
 * the JDK does not publish ({@code combining}, {@code east_asian_width}, {@code decomposition})
 * are not provided.
 */
public final class UnicodedataModule {
    private static final String[] FORMS = {"NFC", "NFKC", "NFD", "NFKD"};
    private static final Normalizer.Form[] JAVA_FORMS = {
        Normalizer.Form.NFC, Normalizer.Form.NFKC, Normalizer.Form.NFD, Normalizer.Form.NFKD,
    };

    private UnicodedataModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("unicodedata");
        m.getDict().setStr("unidata_version", PyUnicode.of("14.0.0"));
        m.addFunction("category", (self, a, off, n, kw) ->
                PyUnicode.of(category(oneChar("category", "argument", a, off, n, kw))));
        m.addFunction("bidirectional", (self, a, off, n, kw) ->
                PyUnicode.of(bidirectional(oneChar("bidirectional", "argument", a, off, n, kw))));
        m.addFunction("mirrored", (self, a, off, n, kw) ->
                PyLong.of(Character.isMirrored(oneChar("mirrored", "argument", a, off, n, kw)) ? 1 : 0));
        m.addFunction("name", (self, a, off, n, kw) -> {
            ArgParser.checkCount("name", n, 1, 2);
            String name = UnicodeNames.name(charArg("name", "argument 1", a[off]));
            if (name != null) {
                return PyUnicode.of(name);
            }
            if (n == 2) {
                return a[off + 1];
            }
            throw PyExc.valueError("no such name");
        });
        m.addFunction("lookup", (self, a, off, n, kw) -> {
            ArgParser.checkCount("lookup", n, 1, 1);
            if (!(a[off] instanceof PyUnicode)) {
                throw PyExc.typeError("lookup() argument must be str, not " + a[off].getType().getName());
            }
            String name = ((PyUnicode) a[off]).value;
            int cp = org.taipan.parse.UnicodeNames.lookup(name);
            if (cp < 0) {
                throw PyExc.keyError(PyUnicode.of("undefined character name '" + name + "'"));
            }
            return PyUnicode.ofCodePoint(cp);
        });
        m.addFunction("decimal", (self, a, off, n, kw) -> numberOrDefault("decimal", a, off, n, kw));
        m.addFunction("digit", (self, a, off, n, kw) -> numberOrDefault("digit", a, off, n, kw));
        m.addFunction("numeric", (self, a, off, n, kw) -> numberOrDefault("numeric", a, off, n, kw));
        m.addFunction("normalize", (self, a, off, n, kw) -> {
            ArgParser.checkCount("normalize", n, 2, 2);
            Normalizer.Form form = form("normalize", a[off], a[off + 1]);
            String text = ((PyUnicode) a[off + 1]).value;
            // text already in the form comes back as the very object (a str subclass stays one)
            return Normalizer.isNormalized(text, form) ? a[off + 1] : PyUnicode.of(Normalizer.normalize(text, form));
        });
        m.addFunction("is_normalized", (self, a, off, n, kw) -> {
            ArgParser.checkCount("is_normalized", n, 2, 2);
            Normalizer.Form form = form("is_normalized", a[off], a[off + 1]);
            return PyBool.of(Normalizer.isNormalized(((PyUnicode) a[off + 1]).value, form));
        });
        return m;
    }

    private static Normalizer.Form form(String fn, PyObject formObj, PyObject text) {
        if (!(formObj instanceof PyUnicode)) {
            throw PyExc.typeError(fn + "() argument 1 must be str, not " + argTypeName(formObj));
        }
        if (!(text instanceof PyUnicode)) {
            throw PyExc.typeError(fn + "() argument 2 must be str, not " + argTypeName(text));
        }
        String f = ((PyUnicode) formObj).value;
        for (int i = 0; i < FORMS.length; i++) {
            if (FORMS[i].equals(f)) {
                return JAVA_FORMS[i];
            }
        }
        throw PyExc.valueError("invalid normalization form");
    }

    /** CPython's argument errors say "None" rather than "NoneType". */
    private static String argTypeName(PyObject o) {
        return o == org.taipan.objects.PyNone.NONE ? "None" : o.getType().getName();
    }

    private static int oneChar(String fn, String what, PyObject[] a, int off, int n, PyTuple kw) {
        ArgParser.checkCount(fn, n, 1, 1);
        return charArg(fn, what, a[off]);
    }

    /** The code point of a one-character str, else CPython's TypeError. */
    private static int charArg(String fn, String what, PyObject o) {
        if (o instanceof PyUnicode && ((PyUnicode) o).length() == 1) {
            return ((PyUnicode) o).codePointAt(0);
        }
        throw PyExc.typeError(fn + "() " + what + " must be a unicode character, not " + argTypeName(o));
    }

    /** decimal(), digit() and numeric(): the value, the default, or ValueError. */
    private static PyObject numberOrDefault(String fn, PyObject[] a, int off, int n, PyTuple kw) {
        ArgParser.checkCount(fn, n, 1, 2);
        int cp = charArg(fn, "argument 1", a[off]);
        PyObject value = null;
        int v = Character.getNumericValue(cp);
        switch (fn) {
            case "decimal":
                value = UnicodeType.isDecimal(cp) && v >= 0 ? PyLong.of(v) : null;
                break;
            case "digit":
                value = UnicodeType.isDigit(cp) && v >= 0 ? PyLong.of(v) : null;
                break;
            default:
                double table = UnicodeFractions.valueOf(cp);
                if (!Double.isNaN(table)) {
                    value = new PyFloat(table);
                } else if (UnicodeType.isNumeric(cp) && v >= 0) {
                    value = new PyFloat(v);
                }
                break;
        }
        if (value != null) {
            return value;
        }
        if (n == 2) {
            return a[off + 1];
        }
        throw PyExc.valueError(fn.equals("numeric") ? "not a numeric character" : "not a " + fn);
    }

    private static final String[] CATEGORY = new String[31];

    static {
        CATEGORY[Character.UNASSIGNED] = "Cn";
        CATEGORY[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORY[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORY[Character.TITLECASE_LETTER] = "Lt";
        CATEGORY[Character.MODIFIER_LETTER] = "Lm";
        CATEGORY[Character.OTHER_LETTER] = "Lo";
        CATEGORY[Character.NON_SPACING_MARK] = "Mn";
        CATEGORY[Character.ENCLOSING_MARK] = "Me";
        CATEGORY[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORY[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORY[Character.LETTER_NUMBER] = "Nl";
        CATEGORY[Character.OTHER_NUMBER] = "No";
        CATEGORY[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORY[Character.LINE_SEPARATOR] = "Zl";
        CATEGORY[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORY[Character.CONTROL] = "Cc";
        CATEGORY[Character.FORMAT] = "Cf";
        CATEGORY[Character.PRIVATE_USE] = "Co";
        CATEGORY[Character.SURROGATE] = "Cs";
        CATEGORY[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORY[Character.START_PUNCTUATION] = "Ps";
        CATEGORY[Character.END_PUNCTUATION] = "Pe";
        CATEGORY[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORY[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORY[Character.MATH_SYMBOL] = "Sm";
        CATEGORY[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORY[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORY[Character.OTHER_SYMBOL] = "So";
        CATEGORY[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORY[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    static String category(int cp) {
        return CATEGORY[Character.getType(cp)];
    }

    private static final String[] BIDI = {
        "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
        "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI",
    };

    /** Java's directionality constants 0..22 are in the order of {@link #BIDI}; undefined is "". */
    static String bidirectional(int cp) {
        byte d = Character.getDirectionality(cp);
        return d < 0 || d >= BIDI.length ? "" : BIDI[d];
    }
}
