/**
 * Python's object model, one class per type like CPython's {@code Objects/}.
 *
 * <p><b>Conventions.</b> Every Python value is a {@link org.taipan.objects.PyObject};
 * {@code getType()} is {@code type(x)}. A built-in type is a {@link org.taipan.objects.PyType}
 * created once in {@link org.taipan.objects.CoreTypes} (in dependency order, no reflection) by
 * {@code PyType.builtin(name, base, setup)}; its {@code setup} function fills the type's
 * special-method <i>slots</i> ({@code t.repr}, {@code t.nb[op]}, {@code t.getitem}, …, see
 * {@link org.taipan.objects.SlotFunctions}) with Java lambdas and registers methods with
 * {@code t.method(name, lambda)} (fixed arity, no argument array), {@code t.methodKw} (vectorcall
 * with keywords), {@code t.classMethod} and {@code t.getset}. Slots defined by a type appear in its
 * dict as {@code wrapper_descriptor}s; methods as {@code method_descriptor}s; module functions are
 * {@code builtin_function_or_method}s — the distinct types the profiler keys on.
 *
 * <p><b>Operations</b> go through {@link org.taipan.objects.Abstract} (attributes, calls, rich
 * comparison, truth, repr/str, hash, len, items, iteration, isinstance) and
 * {@link org.taipan.objects.NumberProtocol} (binary/in-place/unary operators with CPython's
 * reflected-operand rules). Never call a slot field directly from outside this package unless
 * it is a documented fast path. Slot functions return {@code NotImplemented} to pass the turn;
 * {@code iternext} returns null at exhaustion instead of raising StopIteration.
 *
 * <p><b>Calls</b> use the vectorcall convention: {@code call(self, args, off, nargs, kwnames)},
 * positional arguments in {@code args[off..off+nargs)}, then one value per name in
 * {@code kwnames} (null when none). Errors are raised as {@link org.taipan.objects.PyException}
 * carrying a {@link org.taipan.objects.PyBaseException}; make them with
 * {@link org.taipan.objects.PyExc} ({@code throw PyExc.typeError("…")}) using CPython's exact text.
 *
 * <p><b>Classes defined in Python</b> are made by {@link org.taipan.objects.TypeCreation}; their
 * slots are resolved along the MRO by {@link org.taipan.objects.TypeSlots#update} (inherited
 * native slots stay native; Python dunders install calling slots) and recomputed when a dunder
 * attribute of the class or a base changes. Instances are {@link org.taipan.objects.PyInstance},
 * or the {@code Derived} nested class of a built-in type ({@code class L(list)}). A
 * {@code PyInstance} keeps its attributes as an {@link org.taipan.objects.InstanceShape} (shared
 * by the instances that got the same names in the same order) and a values array until something
 * asks for its {@code __dict__} ({@code getDict()}), then in that dict: code that only reads or
 * writes attributes should go through {@code PyBaseObject.instanceAttribute} or
 * {@code PyInstance.attribute}/{@code setAttribute}, which do not force the dict.
 */
package org.taipan.objects;
