package org.taipan.vm;

import org.taipan.compile.CodeData;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFunction;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;

/**
 * Binds call arguments into a new frame's fast locals (CPython's {@code initialize_locals}):
 * positional, keyword, defaults, {@code *args}, {@code **kwargs}, keyword-only and
 * positional-only parameters, with CPython's exact TypeError messages.
 */
final class ArgumentBinder {
    private ArgumentBinder() {
    }

    static PyFrame newFrame(PyFunction f, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyCode code = f.code;
        PyFrame frame = new PyFrame(code, f, f.globals, f.builtins, null);
        if (kwnames == null && nargs == code.data.argCount && code.totalArgs == nargs
                && (code.flags & (CodeData.CO_VARARGS | CodeData.CO_VARKEYWORDS)) == 0) {
            // The common call: exactly the positional parameters, nothing else to bind. Kept
            // small so the JIT inlines it into the call path; the rest is bindGeneral.
            System.arraycopy(args, off, frame.localsPlus, 0, nargs);
            if (f.closure != null) {
                System.arraycopy(f.closure, 0, frame.localsPlus, code.nlocalsplus - f.closure.length, f.closure.length);
            }
            return frame;
        }
        return bindGeneral(f, frame, args, off, nargs, kwnames);
    }

    /**
     * {@link #newFrame} for a method call whose receiver is not in the argument array (a slot
     * calling a Python dunder, a bound method): {@code self} goes straight into the first local
     * on the common path instead of into a copied argument array.
     */
    static PyFrame newFrameWithSelf(PyFunction f, PyObject self, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyCode code = f.code;
        int n = nargs + 1;
        if (kwnames == null && n == code.data.argCount && code.totalArgs == n
                && (code.flags & (CodeData.CO_VARARGS | CodeData.CO_VARKEYWORDS)) == 0) {
            PyFrame frame = new PyFrame(code, f, f.globals, f.builtins, null);
            frame.localsPlus[0] = self;
            System.arraycopy(args, off, frame.localsPlus, 1, nargs);
            if (f.closure != null) {
                System.arraycopy(f.closure, 0, frame.localsPlus, code.nlocalsplus - f.closure.length, f.closure.length);
            }
            return frame;
        }
        int total = nargs + (kwnames == null ? 0 : kwnames.size());
        PyObject[] all = new PyObject[total + 1];
        all[0] = self;
        System.arraycopy(args, off, all, 1, total);
        return newFrame(f, all, 0, n, kwnames);
    }

    private static PyFrame bindGeneral(PyFunction f, PyFrame frame, PyObject[] args, int off, int nargs, PyTuple kwnames) {
        PyCode code = f.code;
        CodeData d = code.data;
        PyObject[] locals = frame.localsPlus;
        int argcount = d.argCount;
        int total = code.totalArgs;
        boolean varargs = (d.flags & CodeData.CO_VARARGS) != 0;
        boolean varkw = (d.flags & CodeData.CO_VARKEYWORDS) != 0;
        int nkw = kwnames == null ? 0 : kwnames.size();
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(nargs, argcount);
        System.arraycopy(args, off, locals, 0, n);
        if (varargs) {
            locals[total] = nargs > argcount ? PyTuple.copyOf(args, off + argcount, nargs - argcount) : PyTuple.EMPTY;
        } else if (nargs > argcount) {
            throw tooManyPositional(f, nargs, nkw, args, off, kwnames);
        }
        for (int i = 0; i < nkw; i++) {
            PyUnicode name = (PyUnicode) kwnames.get(i);
            PyObject value = args[off + nargs + i];
            int j = -1;
            for (int p = d.posOnlyArgCount; p < total; p++) {
                if (code.localsPlusNames[p].value.equals(name.value)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict == null) {
                    for (int p = 0; p < d.posOnlyArgCount; p++) {
                        if (code.localsPlusNames[p].value.equals(name.value)) {
                            throw PyExc.typeError(f.qualnameString() + "() got some positional-only arguments passed as keyword arguments: '"
                                    + name.value + "'");
                        }
                    }
                    throw PyExc.typeError(f.qualnameString() + "() got an unexpected keyword argument '" + name.value + "'");
                }
                kwdict.setItem(name, value);
                continue;
            }
            if (locals[j] != null) {
                throw PyExc.typeError(f.qualnameString() + "() got multiple values for argument '" + name.value + "'");
            }
            locals[j] = value;
        }
        // defaults for positional parameters
        if (nargs < argcount) {
            int ndefs = f.defaults == null ? 0 : f.defaults.size();
            int firstDefault = argcount - ndefs;
            StringBuilder missing = null;
            int missingCount = 0;
            for (int i = nargs; i < argcount; i++) {
                if (locals[i] == null) {
                    if (i >= firstDefault) {
                        locals[i] = f.defaults.get(i - firstDefault);
                    } else {
                        missingCount++;
                    }
                }
            }
            if (missingCount > 0) {
                throw missing(f, code, locals, 0, argcount, "positional");
            }
        }
        if (d.kwOnlyArgCount > 0) {
            int missingCount = 0;
            for (int i = argcount; i < total; i++) {
                if (locals[i] == null) {
                    PyObject def = f.kwdefaults == null ? null : f.kwdefaults.getItem(code.localsPlusNames[i]);
                    if (def != null) {
                        locals[i] = def;
                    } else {
                        missingCount++;
                    }
                }
            }
            if (missingCount > 0) {
                throw missing(f, code, locals, argcount, total, "keyword-only");
            }
        }
        if (f.closure != null) {
            int start = code.nlocalsplus - f.closure.length;
            System.arraycopy(f.closure, 0, locals, start, f.closure.length);
        }
        return frame;
    }

    private static RuntimeException missing(PyFunction f, PyCode code, PyObject[] locals, int from, int to, String kind) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            if (locals[i] == null) {
                names.add("'" + code.localsPlusNames[i].value + "'");
            }
        }
        int count = names.size();
        String list;
        if (count == 1) {
            list = names.get(0);
        } else if (count == 2) {
            list = names.get(0) + " and " + names.get(1);
        } else {
            list = String.join(", ", names.subList(0, count - 1)) + ", and " + names.get(count - 1);
        }
        return PyExc.typeError(f.qualnameString() + "() missing " + count + " required " + kind + " argument"
                + (count == 1 ? "" : "s") + ": " + list);
    }

    private static RuntimeException tooManyPositional(PyFunction f, int given, int nkw, PyObject[] args, int off,
                                                      PyTuple kwnames) {
        CodeData d = f.code.data;
        int argcount = d.argCount;
        int ndefs = f.defaults == null ? 0 : f.defaults.size();
        int kwonlyGiven = 0;
        for (int i = 0; i < nkw; i++) {
            String name = ((PyUnicode) kwnames.get(i)).value;
            for (int p = argcount; p < f.code.totalArgs; p++) {
                if (f.code.localsPlusNames[p].value.equals(name)) {
                    kwonlyGiven++;
                }
            }
        }
        String takes;
        if (ndefs > 0) {
            takes = "from " + (argcount - ndefs) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        String given1 = given + (given == 1 ? " was" : " were");
        if (kwonlyGiven > 0) {
            given1 = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were";
            return PyExc.typeError(f.qualnameString() + "() takes " + takes + " but " + given1 + " given");
        }
        return PyExc.typeError(f.qualnameString() + "() takes " + takes + " but " + given1 + " given");
    }
}
