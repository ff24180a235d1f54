package org.taipan.compile;

import java.util.List;
import org.taipan.ast.Comprehension;
import org.taipan.ast.Expr;
import org.taipan.ast.ListExpr;
import org.taipan.ast.Starred;
import org.taipan.ast.TupleExpr;
import org.taipan.compile.CodeUnit.FrameBlock;
import org.taipan.compile.CodeUnit.ScopeType;

/**
 * Code generation for list, set and dict comprehensions and generator expressions, which in
 * CPython 3.11 are nested functions ({@code <listcomp>} ...) called with the outermost iterator,
 * including async comprehensions and the {@code for y in [x]} fast path.
 */
final class ComprehensionCompiler {
    private final CodeGenerator g;

    ComprehensionCompiler(CodeGenerator g) {
        this.g = g;
    }

    void comprehension(Expr e, Scope.Comprehension type, String name,
                               List<Comprehension> generators, Expr elt, Expr val) {
        ScopeType outerType = g.u.scopeType;
        boolean topLevelAwaitHere = g.isTopLevelAwait();
        Comprehension outermost = generators.get(0);
        g.enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
        g.setLoc(e);
        boolean isAsyncGenerator = g.u.ste.coroutine;
        if (isAsyncGenerator && type != Scope.Comprehension.GENERATOR
                && outerType != ScopeType.ASYNC_FUNCTION && outerType != ScopeType.COMPREHENSION
                && !topLevelAwaitHere) {
            throw g.error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != Scope.Comprehension.GENERATOR) {
            g.addOp(type == Scope.Comprehension.LIST ? Opcode.BUILD_LIST
                    : type == Scope.Comprehension.SET ? Opcode.BUILD_SET : Opcode.BUILD_MAP, 0);
        }
        comprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != Scope.Comprehension.GENERATOR) {
            g.addOp(Opcode.RETURN_VALUE);
        }
        CodeData co = g.assemble(true);
        String qualname = g.u.qualname;
        g.exitScope();
        if (topLevelAwaitHere && isAsyncGenerator) {
            g.u.ste.coroutine = true;
        }
        g.makeClosure(co, 0, qualname);
        g.expr(outermost.iter);
        g.addOp(outermost.isAsync != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        g.addOp(Opcode.CALL, 0);
        if (isAsyncGenerator && type != Scope.Comprehension.GENERATOR) {
            g.addOp(Opcode.GET_AWAITABLE, 0);
            g.loadConst(null);
            g.yieldFrom(true);
        }
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt,
                                        Expr val, Scope.Comprehension type) {
        if (gens.get(index).isAsync != 0) {
            asyncComprehensionGenerator(gens, index, depth, elt, val, type);
        } else {
            syncComprehensionGenerator(gens, index, depth, elt, val, type);
        }
    }

    private void comprehensionElement(Expr elt, Expr val, Scope.Comprehension type, int depth) {
        switch (type) {
            case GENERATOR:
                g.expr(elt);
                g.addYield();
                g.addOp(Opcode.POP_TOP);
                break;
            case LIST:
                g.expr(elt);
                g.addOp(Opcode.LIST_APPEND, depth + 1);
                break;
            case SET:
                g.expr(elt);
                g.addOp(Opcode.SET_ADD, depth + 1);
                break;
            default:
                g.expr(elt);
                g.expr(val);
                g.addOp(Opcode.MAP_ADD, depth + 1);
                break;
        }
    }

    private void syncComprehensionGenerator(List<Comprehension> gens, int index, int depth,
                                            Expr elt, Expr val, Scope.Comprehension type) {
        BasicBlock start = g.newBlock();
        BasicBlock ifCleanup = g.newBlock();
        BasicBlock anchor = g.newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            g.u.argCount = 1;
            g.addOp(Opcode.LOAD_FAST, 0).varName = ".0";
        } else {
            List<Expr> elts = null;
            if (gen.iter instanceof ListExpr l) {
                elts = l.elts;
            } else if (gen.iter instanceof TupleExpr t) {
                elts = t.elts;
            }
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
                g.expr(elts.get(0));
                start = null;
            }
            if (start != null) {
                g.expr(gen.iter);
                g.addOp(Opcode.GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            g.useNextBlock(start);
            g.jump(Opcode.FOR_ITER, anchor);
            g.nextBlock();
        }
        clauseBody(gens, index, depth, elt, val, type, ifCleanup);
        g.useNextBlock(ifCleanup);
        if (start != null) {
            g.jump(Opcode.JUMP, start);
            g.useNextBlock(anchor);
        }
    }

    /**
     * What every for clause does once it has the next item, sync or async: bind the target, jump
     * to {@code ifCleanup} when an if fails, then compile the next clause or the element.
     */
    private void clauseBody(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                            Scope.Comprehension type, BasicBlock ifCleanup) {
        Comprehension gen = gens.get(index);
        g.expr(gen.target);
        for (Expr cond : gen.ifs) {
            g.jumpIf(cond, ifCleanup, false);
            g.nextBlock();
        }
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, depth, elt, val, type);
        } else {
            comprehensionElement(elt, val, type, depth);
        }
    }

    private void asyncComprehensionGenerator(List<Comprehension> gens, int index, int depth,
                                             Expr elt, Expr val, Scope.Comprehension type) {
        BasicBlock start = g.newBlock();
        BasicBlock except = g.newBlock();
        BasicBlock ifCleanup = g.newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            g.u.argCount = 1;
            g.addOp(Opcode.LOAD_FAST, 0).varName = ".0";
        } else {
            g.expr(gen.iter);
            g.addOp(Opcode.GET_AITER);
        }
        g.useNextBlock(start);
        g.pushFBlock(FrameBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        g.addPseudo(Instruction.SETUP_FINALLY, except);
        g.addOp(Opcode.GET_ANEXT);
        g.loadConst(null);
        g.yieldFrom(true);
        g.addRaw(Instruction.POP_BLOCK, 0);
        clauseBody(gens, index, depth + 1, elt, val, type, ifCleanup);
        g.useNextBlock(ifCleanup);
        g.jump(Opcode.JUMP, start);
        g.popFBlock();
        g.useNextBlock(except);
        g.addOp(Opcode.END_ASYNC_FOR);
    }
}
