package org.taipan.modules;

import org.taipan.compile.CodeData;
import org.taipan.compile.Opcode;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyCode;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _dis}: what the {@code dis} module needs to see of a code object beyond its Python
 * attributes: Taipan's instruction words with their opcode names, each instruction's source
 * position, and the exception table. {@code dis.py} lays them out as CPython 3.11's bytecode
 * (caches, PRECALL, EXTENDED_ARG, relative jumps) to print CPython's text.
 */
public final class DisModule {
    private DisModule() {
    }

    private static PyObject position(int v) {
        return v < 0 ? PyNone.NONE : PyLong.of(v);
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_dis");
        Opcode[] ops = Opcode.values();
        PyObject[] names = new PyObject[ops.length];
        for (int i = 0; i < ops.length; i++) {
            names[i] = PyUnicode.of(ops[i].name());
        }
        m.add("opnames", new PyTuple(names));
        m.addFunction("layout", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("layout", kw);
            if (n != 1 || !(a[off] instanceof PyCode code)) {
                throw PyExc.typeError("layout() expects one code object");
            }
            CodeData d = code.data;
            PyObject[] instrs = new PyObject[d.code.length];
            for (int i = 0; i < instrs.length; i++) {
                int w = d.code[i];
                instrs[i] = new PyTuple(PyLong.of(w & 0xFF), PyLong.of(w >>> 8), position(d.lines[i]),
                        position(d.endLines[i]), position(d.cols[i]), position(d.endCols[i]));
            }
            PyObject[] table = new PyObject[d.exceptionTable.length / 4];
            for (int i = 0; i < table.length; i++) {
                table[i] = new PyTuple(PyLong.of(d.exceptionTable[4 * i]), PyLong.of(d.exceptionTable[4 * i + 1]),
                        PyLong.of(d.exceptionTable[4 * i + 2]), PyLong.of(d.exceptionTable[4 * i + 3]));
            }
            return new PyTuple(new PyTuple(instrs), new PyTuple(table));
        });
        return m;
    }
}
