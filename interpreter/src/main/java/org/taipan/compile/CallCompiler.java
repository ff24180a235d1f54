package org.taipan.compile;

import java.util.List;
import org.taipan.ast.Attribute;
import org.taipan.ast.Call;
import org.taipan.ast.Expr;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Keyword;
import org.taipan.ast.Name;
import org.taipan.ast.Starred;

/**
 * Code generation for calls with CPython 3.11's layouts: PUSH_NULL + callable, or LOAD_METHOD
 * for {@code obj.meth(...)} (unless {@code obj} is a module-level import); KW_NAMES for keyword
 * arguments; CALL_FUNCTION_EX with a built list and dict when there are {@code *} or {@code **}
 * arguments or too many arguments for the stack.
 */
final class CallCompiler {
    private final CodeGenerator g;

    CallCompiler(CodeGenerator g) {
        this.g = g;
    }

    private boolean isImportOriginated(Expr e) {
        if (!(e instanceof Name n)) {
            return false;
        }
        return (g.st.top.flags(n.id) & Scope.DEF_IMPORT) != 0;
    }

    void call(Call e) {
        g.warn(LiteralMisuse.checkCall(e.func), e);
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        g.setLoc(e.func);
        g.addOp(Opcode.PUSH_NULL);
        g.setLoc(e);
        g.expr(e.func);
        callHelper(0, e.args, e.keywords);
    }

    private boolean maybeOptimizeMethodCall(Call e) {
        if (!(e.func instanceof Attribute meth) || meth.ctx != ExprContext.Load) {
            return false;
        }
        if (isImportOriginated(meth.value)) {
            return false;
        }
        int argsl = e.args.size();
        int kwdsl = e.keywords.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= CodeGenerator.STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : e.args) {
            if (a instanceof Starred) {
                return false;
            }
        }
        for (Keyword k : e.keywords) {
            if (k.arg == null) {
                return false;
            }
        }
        g.expr(meth.value);
        int[] old = g.saveLoc();
        g.setLoc(meth);
        g.updateStartLocationToMatchAttr(meth);
        g.addName(Opcode.LOAD_METHOD, meth.attr);
        for (Expr a : e.args) {
            g.expr(a);
        }
        if (kwdsl > 0) {
            validateKeywords(e.keywords);
            for (Keyword k : e.keywords) {
                g.expr(k.value);
            }
            kwNames(e.keywords);
        }
        g.setLoc(e);
        g.updateStartLocationToMatchAttr(meth);
        g.addOp(Opcode.CALL, argsl + kwdsl);
        g.restoreLoc(old);
        return true;
    }

    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg == null) {
                continue;
            }
            if (k.arg.equals("__debug__")) {
                throw g.errorAt("cannot assign to __debug__", k);
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword o = keywords.get(j);
                if (o.arg != null && o.arg.equals(k.arg)) {
                    throw g.errorAt("keyword argument repeated: " + k.arg, o);
                }
            }
        }
    }

    private void kwNames(List<Keyword> keywords) {
        Object[] names = new Object[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = keywords.get(i).arg;
        }
        g.addOp(Opcode.KW_NAMES, g.u.addConst(new ConstantTuple(names)));
    }

    void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > CodeGenerator.STACK_USE_GUIDELINE;
        for (Expr a : args) {
            if (a instanceof Starred) {
                exCall = true;
            }
        }
        for (Keyword k : keywords) {
            if (k.arg == null) {
                exCall = true;
            }
        }
        if (!exCall) {
            for (Expr a : args) {
                g.expr(a);
            }
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    g.expr(k.value);
                }
                kwNames(keywords);
            }
            g.addOp(Opcode.CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred s) {
            g.expr(s.value);
        } else {
            g.starunpackHelper(args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            g.addOp(Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        g.addOp(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    g.expr(kw.value);
                    g.addOp(Opcode.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    g.addOp(Opcode.DICT_MERGE, 1);
                }
            }
        }
        g.addOp(Opcode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > CodeGenerator.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                g.expr(keywords.get(i).value);
                keys[i - begin] = keywords.get(i).arg;
            }
            g.loadConst(new ConstantTuple(keys));
            g.addOp(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            g.addNoLine(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            g.loadConst(keywords.get(i).arg);
            g.expr(keywords.get(i).value);
            if (big) {
                g.addNoLine(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            g.addOp(Opcode.BUILD_MAP, n);
        }
    }
}
