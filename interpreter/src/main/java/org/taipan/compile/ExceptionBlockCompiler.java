package org.taipan.compile;

import java.util.List;
import org.taipan.ast.ExceptHandler;
import org.taipan.ast.ExprContext;
import org.taipan.ast.Located;
import org.taipan.ast.Stmt;
import org.taipan.ast.WithItem;
import org.taipan.compile.CodeUnit.FrameBlock;
import org.taipan.compile.CodeUnit.ScopeType;

/**
 * Code generation for the statements that set up exception handlers: {@code try}/{@code except}/
 * {@code else}/{@code finally}, {@code except*}, {@code with} and {@code async with}, with
 * CPython 3.11's handler layouts (SETUP_* pseudo-instructions, PUSH_EXC_INFO, POP_EXCEPT, RERAISE,
 * the {@code name = None; del name} cleanup of {@code except ... as name}).
 */
final class ExceptionBlockCompiler {
    private final CodeGenerator g;

    ExceptionBlockCompiler(CodeGenerator g) {
        this.g = g;
    }

    void with(Located s, List<WithItem> items, List<Stmt> body, int pos) {
        WithItem item = items.get(pos);
        BasicBlock block = g.newBlock();
        BasicBlock fin = g.newBlock();
        BasicBlock exit = g.newBlock();
        BasicBlock cleanup = g.newBlock();
        g.expr(item.contextExpr);
        g.addOp(Opcode.BEFORE_WITH);
        g.addPseudo(Instruction.SETUP_WITH, fin);
        g.useNextBlock(block);
        g.pushFBlock(FrameBlock.Type.WITH, block, fin, s);
        if (item.optionalVars != null) {
            g.expr(item.optionalVars);
        } else {
            g.addOp(Opcode.POP_TOP);
        }
        pos++;
        if (pos == items.size()) {
            g.stmts(body);
        } else {
            with(s, items, body, pos);
        }
        g.unsetLoc();
        g.addRaw(Instruction.POP_BLOCK, 0);
        g.popFBlock();
        g.setLoc(s);
        g.callExitWithNones();
        g.addOp(Opcode.POP_TOP);
        g.jump(Opcode.JUMP, exit);
        g.useNextBlock(fin);
        g.addPseudo(Instruction.SETUP_CLEANUP, cleanup);
        g.addOp(Opcode.PUSH_EXC_INFO);
        g.addOp(Opcode.WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        g.useNextBlock(exit);
    }

    void asyncWith(Located s, List<WithItem> items, List<Stmt> body, int pos) {
        if (g.isTopLevelAwait()) {
            g.u.ste.coroutine = true;
        } else if (g.u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw g.error("'async with' outside async function");
        }
        WithItem item = items.get(pos);
        BasicBlock block = g.newBlock();
        BasicBlock fin = g.newBlock();
        BasicBlock exit = g.newBlock();
        BasicBlock cleanup = g.newBlock();
        g.expr(item.contextExpr);
        g.addOp(Opcode.BEFORE_ASYNC_WITH);
        g.addOp(Opcode.GET_AWAITABLE, 1);
        g.loadConst(null);
        g.yieldFrom(true);
        g.addPseudo(Instruction.SETUP_WITH, fin);
        g.useNextBlock(block);
        g.pushFBlock(FrameBlock.Type.ASYNC_WITH, block, fin, s);
        if (item.optionalVars != null) {
            g.expr(item.optionalVars);
        } else {
            g.addOp(Opcode.POP_TOP);
        }
        pos++;
        if (pos == items.size()) {
            g.stmts(body);
        } else {
            asyncWith(s, items, body, pos);
        }
        g.popFBlock();
        // Unlike "with", CPython 3.11 leaves this POP_BLOCK on the body's last location.
        g.addRaw(Instruction.POP_BLOCK, 0);
        g.setLoc(s);
        g.callExitWithNones();
        g.addOp(Opcode.GET_AWAITABLE, 2);
        g.loadConst(null);
        g.yieldFrom(true);
        g.addOp(Opcode.POP_TOP);
        g.jump(Opcode.JUMP, exit);
        g.useNextBlock(fin);
        g.addPseudo(Instruction.SETUP_CLEANUP, cleanup);
        g.addOp(Opcode.PUSH_EXC_INFO);
        g.addOp(Opcode.WITH_EXCEPT_START);
        g.addOp(Opcode.GET_AWAITABLE, 2);
        g.loadConst(null);
        g.yieldFrom(true);
        withExceptFinish(cleanup);
        g.useNextBlock(exit);
    }

    private void withExceptFinish(BasicBlock cleanup) {
        g.unsetLoc();
        BasicBlock exit = g.newBlock();
        g.jump(Opcode.POP_JUMP_IF_TRUE, exit);
        g.nextBlock();
        g.addOp(Opcode.RERAISE, 2);
        g.useNextBlock(cleanup);
        popExceptAndReraise();
        g.useNextBlock(exit);
        g.addOp(Opcode.POP_TOP);
        g.addRaw(Instruction.POP_BLOCK, 0);
        g.addOp(Opcode.POP_EXCEPT);
        g.addOp(Opcode.POP_TOP);
        g.addOp(Opcode.POP_TOP);
    }

    private void popExceptAndReraise() {
        g.addOp(Opcode.COPY, 3);
        g.addOp(Opcode.POP_EXCEPT);
        g.addOp(Opcode.RERAISE, 1);
    }

    void tryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                            List<Stmt> finalbody, boolean star) {
        BasicBlock bodyBlock = g.newBlock();
        BasicBlock end = g.newBlock();
        BasicBlock exit = g.newBlock();
        BasicBlock cleanup = g.newBlock();
        g.addPseudo(Instruction.SETUP_FINALLY, end);
        g.useNextBlock(bodyBlock);
        g.pushFBlock(FrameBlock.Type.FINALLY_TRY, bodyBlock, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(body, handlers, orelse);
            } else {
                tryExcept(body, handlers, orelse);
            }
        } else {
            g.stmts(body);
        }
        Instruction pb = g.addRaw(Instruction.POP_BLOCK, 0);
        pb.lineno = -1;
        g.popFBlock();
        g.stmts(finalbody);
        g.jumpNoLine(Opcode.JUMP, exit);
        g.useNextBlock(end);
        g.unsetLoc();
        g.addPseudo(Instruction.SETUP_CLEANUP, cleanup);
        g.addOp(Opcode.PUSH_EXC_INFO);
        g.pushFBlock(FrameBlock.Type.FINALLY_END, end, null, null);
        g.stmts(finalbody);
        g.popFBlock();
        g.addOp(Opcode.RERAISE, 0);
        g.useNextBlock(cleanup);
        popExceptAndReraise();
        g.useNextBlock(exit);
    }

    /**
     * The protected part shared by try/except and try/except*: the body runs under a SETUP_FINALLY
     * to {@code except}; its POP_BLOCK has no line number, as in CPython.
     */
    private void tryBody(BasicBlock bodyBlock, List<Stmt> body, BasicBlock except) {
        g.addPseudo(Instruction.SETUP_FINALLY, except);
        g.useNextBlock(bodyBlock);
        g.pushFBlock(FrameBlock.Type.TRY_EXCEPT, bodyBlock, null, null);
        g.stmts(body);
        g.popFBlock();
        Instruction pb = g.addRaw(Instruction.POP_BLOCK, 0);
        pb.lineno = -1;
    }

    /** Where the handlers start: the raised exception is pushed under a cleanup to {@code cleanup}. */
    private void enterHandlers(BasicBlock except, BasicBlock cleanup, FrameBlock.Type type, String name) {
        g.useNextBlock(except);
        g.unsetLoc();
        g.addPseudo(Instruction.SETUP_CLEANUP, cleanup);
        g.addOp(Opcode.PUSH_EXC_INFO);
        g.pushFBlock(type, null, null, name);
    }

    void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        BasicBlock bodyBlock = g.newBlock();
        BasicBlock except = g.newBlock();
        BasicBlock end = g.newBlock();
        BasicBlock cleanup = g.newBlock();
        tryBody(bodyBlock, body, except);
        g.stmts(orelse);
        g.jumpNoLine(Opcode.JUMP, end);
        int n = handlers.size();
        enterHandlers(except, cleanup, FrameBlock.Type.EXCEPTION_HANDLER, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            g.setLoc(handler);
            if (handler.type == null && i < n - 1) {
                throw g.error("default 'except:' must be last");
            }
            except = g.newBlock();
            if (handler.type != null) {
                g.expr(handler.type);
                g.addOp(Opcode.CHECK_EXC_MATCH);
                g.jump(Opcode.POP_JUMP_IF_FALSE, except);
                g.nextBlock();
            }
            if (handler.name != null) {
                BasicBlock cleanupEnd = g.newBlock();
                BasicBlock cleanupBody = g.newBlock();
                g.nameOp(handler.name, ExprContext.Store);
                g.addPseudo(Instruction.SETUP_CLEANUP, cleanupEnd);
                g.useNextBlock(cleanupBody);
                g.pushFBlock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody, null, handler.name);
                g.stmts(handler.body);
                g.popFBlock();
                g.unsetLoc();
                g.addRaw(Instruction.POP_BLOCK, 0);
                g.addRaw(Instruction.POP_BLOCK, 0);
                g.addOp(Opcode.POP_EXCEPT);
                g.loadConst(null);
                g.nameOp(handler.name, ExprContext.Store);
                g.nameOp(handler.name, ExprContext.Del);
                g.jump(Opcode.JUMP, end);
                g.useNextBlock(cleanupEnd);
                g.unsetLoc();
                g.loadConst(null);
                g.nameOp(handler.name, ExprContext.Store);
                g.nameOp(handler.name, ExprContext.Del);
                g.addOp(Opcode.RERAISE, 1);
            } else {
                BasicBlock cleanupBody = g.newBlock();
                g.addOp(Opcode.POP_TOP);
                g.useNextBlock(cleanupBody);
                g.pushFBlock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null);
                g.stmts(handler.body);
                g.popFBlock();
                g.unsetLoc();
                g.addRaw(Instruction.POP_BLOCK, 0);
                g.addOp(Opcode.POP_EXCEPT);
                g.jump(Opcode.JUMP, end);
            }
            g.useNextBlock(except);
        }
        g.unsetLoc();
        g.popFBlock();
        g.addOp(Opcode.RERAISE, 0);
        g.useNextBlock(cleanup);
        popExceptAndReraise();
        g.useNextBlock(end);
    }

    void tryStarExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        BasicBlock bodyBlock = g.newBlock();
        BasicBlock except = g.newBlock();
        BasicBlock orelseBlock = g.newBlock();
        BasicBlock end = g.newBlock();
        BasicBlock cleanup = g.newBlock();
        BasicBlock reraiseStar = g.newBlock();
        tryBody(bodyBlock, body, except);
        g.jumpNoLine(Opcode.JUMP, orelseBlock);
        int n = handlers.size();
        enterHandlers(except, cleanup, FrameBlock.Type.EXCEPTION_GROUP_HANDLER, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            g.setLoc(handler);
            except = g.newBlock();
            BasicBlock exceptWithError = g.newBlock();
            BasicBlock noMatch = g.newBlock();
            if (i == 0) {
                g.addOp(Opcode.COPY, 1);
                g.addOp(Opcode.BUILD_LIST, 0);
                g.addOp(Opcode.SWAP, 2);
            }
            if (handler.type != null) {
                g.expr(handler.type);
                g.addOp(Opcode.CHECK_EG_MATCH);
                g.addOp(Opcode.COPY, 1);
                g.jump(Opcode.POP_JUMP_IF_NONE, noMatch);
            }
            BasicBlock cleanupEnd = g.newBlock();
            BasicBlock cleanupBody = g.newBlock();
            if (handler.name != null) {
                g.nameOp(handler.name, ExprContext.Store);
            } else {
                g.addOp(Opcode.POP_TOP);
            }
            g.addPseudo(Instruction.SETUP_CLEANUP, cleanupEnd);
            g.useNextBlock(cleanupBody);
            g.pushFBlock(FrameBlock.Type.HANDLER_CLEANUP, cleanupBody, null, handler.name);
            g.stmts(handler.body);
            g.popFBlock();
            g.unsetLoc();
            g.addRaw(Instruction.POP_BLOCK, 0);
            if (handler.name != null) {
                g.loadConst(null);
                g.nameOp(handler.name, ExprContext.Store);
                g.nameOp(handler.name, ExprContext.Del);
            }
            g.jump(Opcode.JUMP, except);
            g.useNextBlock(cleanupEnd);
            g.unsetLoc();
            if (handler.name != null) {
                g.loadConst(null);
                g.nameOp(handler.name, ExprContext.Store);
                g.nameOp(handler.name, ExprContext.Del);
            }
            g.addOp(Opcode.LIST_APPEND, 3);
            g.addOp(Opcode.POP_TOP);
            g.jump(Opcode.JUMP, exceptWithError);
            g.useNextBlock(except);
            g.addOp(Opcode.NOP);
            g.jump(Opcode.JUMP, exceptWithError);
            g.useNextBlock(noMatch);
            g.addOp(Opcode.POP_TOP);
            g.useNextBlock(exceptWithError);
            if (i == n - 1) {
                g.addOp(Opcode.LIST_APPEND, 1);
                g.jump(Opcode.JUMP, reraiseStar);
            }
        }
        g.unsetLoc();
        g.popFBlock();
        BasicBlock reraise = g.newBlock();
        g.useNextBlock(reraiseStar);
        g.addOp(Opcode.PREP_RERAISE_STAR);
        g.addOp(Opcode.COPY, 1);
        g.jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
        g.nextBlock();
        g.addOp(Opcode.POP_TOP);
        g.addRaw(Instruction.POP_BLOCK, 0);
        g.addOp(Opcode.POP_EXCEPT);
        g.jump(Opcode.JUMP, end);
        g.useNextBlock(reraise);
        g.addRaw(Instruction.POP_BLOCK, 0);
        g.addOp(Opcode.SWAP, 2);
        g.addOp(Opcode.POP_EXCEPT);
        g.addOp(Opcode.RERAISE, 0);
        g.useNextBlock(cleanup);
        popExceptAndReraise();
        g.useNextBlock(orelseBlock);
        g.stmts(orelse);
        g.useNextBlock(end);
    }
}
