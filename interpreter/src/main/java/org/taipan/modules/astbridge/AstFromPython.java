package org.taipan.modules.astbridge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taipan.ast.BytesLiteral;
import org.taipan.ast.ComplexLiteral;
import org.taipan.ast.EllipsisLiteral;
import org.taipan.ast.Located;
import org.taipan.ast.Node;
import org.taipan.compile.ConstantFrozenSet;
import org.taipan.compile.ConstantTuple;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyEllipsis;
import org.taipan.objects.PyException;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;

/**
 * Turns a tree of the {@code ast} module's Python node objects back into the parser's Java
 * nodes (CPython's {@code obj2ast}), for {@code compile(tree, ...)}. Each Java node class has one
 * constructor taking its fields in ASDL order (then the four positions for located nodes), so the
 * constructor's parameter types say how to convert each field; missing required fields raise
 * CPython's TypeError.
 */
final class AstFromPython {
    private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

    /** The Java class of CPython node class {@code name}, or null. */
    private static Class<?> javaClass(String name) {
        return CLASSES.computeIfAbsent(name, n -> {
            String j = switch (n) {
                case "Expr" -> "ExprStmt";
                case "List" -> "ListExpr";
                case "Set" -> "SetExpr";
                case "Dict" -> "DictExpr";
                case "Tuple" -> "TupleExpr";
                case "withitem" -> "WithItem";
                case "match_case" -> "MatchCase";
                case "type_ignore" -> "TypeIgnore";
                default -> Character.toUpperCase(n.charAt(0)) + n.substring(1);
            };
            try {
                return Class.forName("org.taipan.ast." + j);
            } catch (ClassNotFoundException e) {
                return Void.class;
            }
        });
    }

    /** A Java node of type {@code expected} from Python node {@code obj}. */
    Object node(PyObject obj, Class<?> expected, String what) {
        String name = obj.getType().getName();
        if (expected.isEnum()) {
            for (org.taipan.objects.PyType t : obj.getType().mro) {
                for (Object constant : expected.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(t.getName())) {
                        return constant;
                    }
                }
            }
            throw PyExc.typeError("expected some sort of " + what + ", but got " + Abstract.repr(obj).value);
        }
        Class<?> cls = null;
        for (org.taipan.objects.PyType t : obj.getType().mro) {
            Class<?> c = javaClass(t.getName());
            if (c != Void.class && expected.isAssignableFrom(c)) {
                cls = c;
                break;
            }
        }
        if (cls == null) {
            throw PyExc.typeError("expected some sort of " + what + ", but got " + Abstract.repr(obj).value);
        }
        Constructor<?> ctor = cls.getConstructors()[0];
        Class<?>[] types = ctor.getParameterTypes();
        Type[] generic = ctor.getGenericParameterTypes();
        PyObject fields = Abstract.getAttr(obj, "_fields");
        PyTuple fieldNames = PyTuple.fromIterable(fields);
        boolean located = Located.class.isAssignableFrom(cls);
        int nFields = located ? types.length - 4 : types.length;
        Object[] args = new Object[types.length];
        String nodeKind = kindOf(cls);
        if (located) {
            String[] attrs = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
            for (int k = 0; k < 4; k++) {
                PyObject v = Abstract.getAttrOrNull(obj, attrs[k]);
                if (v == null || v == PyNone.NONE) {
                    if (k < 2) {
                        throw PyExc.typeError("required field \"" + attrs[k] + "\" missing from " + nodeKind);
                    }
                    args[nFields + k] = k == 2 ? args[nFields] : args[nFields + 1];
                } else {
                    args[nFields + k] = Abstract.index(v).intValue();
                }
            }
        }
        for (int i = 0; i < nFields && i < fieldNames.size(); i++) {
            String field = ((PyUnicode) fieldNames.get(i)).value;
            PyObject value = Abstract.getAttrOrNull(obj, field);
            args[i] = field(value, types[i], generic[i], field, name);
        }
        try {
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof PyException pe) {
                throw pe;
            }
            throw PyExc.systemError("cannot build " + name + ": " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw PyExc.systemError("cannot build " + name + ": " + e);
        }
    }

    /** CPython's name of a node's abstract kind ("expr", "stmt", ...) for error messages. */
    private static String kindOf(Class<?> cls) {
        String base = cls.getSuperclass().getSimpleName();
        return switch (base) {
            case "Expr" -> "expr";
            case "Stmt" -> "stmt";
            case "Pattern" -> "pattern";
            case "Mod" -> "mod";
            default -> cls.getSimpleName().equals("ExceptHandler") ? "excepthandler"
                    : Character.toLowerCase(cls.getSimpleName().charAt(0)) + cls.getSimpleName().substring(1);
        };
    }

    private static String what(Class<?> type) {
        String s = type.getSimpleName();
        return switch (s) {
            case "Expr" -> "expr";
            case "Stmt" -> "stmt";
            case "Pattern" -> "pattern";
            case "Mod" -> "mod";
            case "ExprContext" -> "expr_context";
            case "BinaryOperator" -> "operator";
            case "UnaryOperator" -> "unaryop";
            case "BooleanOperator" -> "boolop";
            case "ComparisonOperator" -> "cmpop";
            default -> s.toLowerCase();
        };
    }

    private Object field(PyObject value, Class<?> type, Type generic, String field, String owner) {
        if (value == null) {
            throw PyExc.typeError("required field \"" + field + "\" missing from " + owner);
        }
        if (type == List.class) {
            List<Object> out = new ArrayList<>();
            if (value == PyNone.NONE) {
                return out;
            }
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = element instanceof Class<?> c ? c : Object.class;
            PyObject it = Abstract.getIter(value);
            for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                if (item == PyNone.NONE && elementClass != Object.class) {
                    out.add(null);
                } else {
                    out.add(field(item, elementClass, elementClass, field, owner));
                }
            }
            return out;
        }
        if (value == PyNone.NONE && type != Object.class) {
            return null;
        }
        if (type == int.class || type == Integer.class) {
            return Abstract.index(value).intValue();
        }
        if (type == String.class) {
            if (!(value instanceof PyUnicode u)) {
                throw PyExc.typeError("AST string must be of type str");
            }
            return u.value;
        }
        if (type == Object.class) {
            return constant(value);
        }
        return node(value, type, what(type));
    }

    /** A Python constant as the compiler's constant representation (see PyCode.constant). */
    static Object constant(PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (v.getType() == PyLong.TYPE) {
            return ((PyLong) v).bigValue();
        }
        if (v.getType() == PyFloat.TYPE) {
            return ((PyFloat) v).value;
        }
        if (v.getType() == PyUnicode.TYPE && !((PyUnicode) v).hasSplitPairs()) {
            return ((PyUnicode) v).value;
        }
        if (v.getType() == PyBytes.TYPE) {
            return new BytesLiteral(((PyBytes) v).value);
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return EllipsisLiteral.INSTANCE;
        }
        if (v.getType() == PyComplex.TYPE) {
            PyComplex z = (PyComplex) v;
            return new ComplexLiteral(z.real, z.imag);
        }
        if (v.getType() == PyTuple.TYPE) {
            PyObject[] items = ((PyTuple) v).items();
            Object[] out = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = constant(items[i]);
            }
            return new ConstantTuple(out);
        }
        if (v.getType() == PySet.FROZENSET_TYPE) {
            List<Object> out = new ArrayList<>();
            PyObject it = Abstract.getIter(v);
            for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                out.add(constant(item));
            }
            return new ConstantFrozenSet(out.toArray());
        }
        if (v.getType() == PyUnicode.TYPE) {
            return v;
        }
        throw PyExc.typeError("got an invalid type in Constant: " + v.getType().getName());
    }
}
