package org.taipan.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.*;
import org.taipan.ast.Module;
import org.taipan.compile.CodeUnit.FrameBlock;
import org.taipan.compile.CodeUnit.ScopeType;

/**
 * Walks the (constant-folded) AST of each code block and emits instructions into basic blocks,
 * following CPython 3.11's code generator ({@code Python/compile.c}) construct by construct, so
 * that the instruction layout and every instruction's source location match CPython's.
 * {@link Assembler} then optimises the graph and builds the {@link CodeData}.
 */
final class CodeGenerator {
    static final int STACK_USE_GUIDELINE = 30;
    private static final int MAX_BLOCKS = 20;

    final SymbolTable st;
    final String filename;
    final int optimize;
    final int futureFeatures;
    final int futureLineno;
    final boolean interactive;
    final boolean topLevelAwait;
    CodeUnit u;
    private final List<CodeUnit> stack = new ArrayList<>();
    private int nestLevel;
    private final ExceptionBlockCompiler exceptionBlocks = new ExceptionBlockCompiler(this);
    private final ComprehensionCompiler comprehensions = new ComprehensionCompiler(this);
    private final CallCompiler calls = new CallCompiler(this);

    CodeGenerator(SymbolTable st, String filename, int optimize, int futureFeatures,
                  int futureLineno, boolean interactive, boolean topLevelAwait) {
        this.st = st;
        this.filename = filename;
        this.optimize = optimize;
        this.futureFeatures = futureFeatures;
        this.futureLineno = futureLineno;
        this.interactive = interactive;
        this.topLevelAwait = topLevelAwait;
    }

    boolean futureAnnotations() {
        return (futureFeatures & CodeData.CO_FUTURE_ANNOTATIONS) != 0;
    }

    // ================================================================ scopes

    /** SyntaxWarnings found so far, in source order of discovery ({@link LiteralMisuse}). */
    final java.util.List<CompileWarning> warnings = new java.util.ArrayList<>();

    void warn(String message, Expr at) {
        if (message != null) {
            warnings.add(new CompileWarning(message, at.lineno, at.colOffset, at.endLineno, at.endColOffset));
        }
    }

    CodeData compileModule(Mod mod) {
        enterScope("<module>", ScopeType.MODULE, mod, 1);
        boolean addNone = true;
        if (mod instanceof Module m) {
            body(m.body);
        } else if (mod instanceof Interactive i) {
            if (AnnotationFinder.hasAnnotations(i.body)) {
                addOp(Opcode.SETUP_ANNOTATIONS, 0);
            }
            for (Stmt s : i.body) {
                stmt(s);
            }
        } else if (mod instanceof Expression e) {
            expr(e.body);
            addNone = false;
        } else {
            throw new IllegalArgumentException("cannot compile " + mod.typeName());
        }
        CodeData co = assemble(addNone);
        exitScope();
        co.warnings = java.util.List.copyOf(warnings);
        return co;
    }

    void enterScope(String name, ScopeType type, Object key, int lineno) {
        Scope ste = st.scopeOf(key);
        CodeUnit nu = new CodeUnit(ste, name, type, lineno);
        if (u != null) {
            nu.privateName = u.privateName;
            stack.add(u);
        }
        u = nu;
        nestLevel++;
        u.lineno = lineno;
        u.endLineno = lineno;
        u.col = 0;
        u.endCol = 0;
        if (type == ScopeType.MODULE) {
            u.lineno = 0;
            u.endLineno = 1;
            u.qualname = name;
        } else {
            setQualname();
        }
        addOp(Opcode.RESUME, 0);
        if (type == ScopeType.MODULE) {
            // RESUME of a module sits on line 0; what follows starts on line 1.
            u.lineno = 1;
        }
    }

    void exitScope() {
        nestLevel--;
        u = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
    }

    private void setQualname() {
        if (stack.size() <= 1) {
            u.qualname = u.name;
            return;
        }
        CodeUnit parent = stack.get(stack.size() - 1);
        boolean forceGlobal = false;
        if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.ASYNC_FUNCTION
                || u.scopeType == ScopeType.CLASS) {
            String mangled = Mangler.mangle(parent.privateName, u.name);
            if (parent.ste.binding(mangled) == Scope.Binding.GLOBAL_EXPLICIT) {
                forceGlobal = true;
            }
        }
        if (forceGlobal) {
            u.qualname = u.name;
        } else if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.ASYNC_FUNCTION
                || parent.scopeType == ScopeType.LAMBDA) {
            u.qualname = parent.qualname + ".<locals>." + u.name;
        } else {
            u.qualname = parent.qualname + "." + u.name;
        }
    }

    CodeData assemble(boolean addNone) {
        Instruction last = u.current.last();
        if (last == null || !last.is(Opcode.RETURN_VALUE)) {
            u.lineno = -1;
            if (addNone) {
                loadConst(null);
            }
            addOp(Opcode.RETURN_VALUE, 0);
        }
        return new Assembler(u, filename, computeFlags()).assemble();
    }

    private int computeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        if (ste.kind == Scope.Kind.FUNCTION) {
            flags |= CodeData.CO_NEWLOCALS | CodeData.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= CodeData.CO_NESTED;
            }
            if (ste.generator && !ste.coroutine) {
                flags |= CodeData.CO_GENERATOR;
            }
            if (!ste.generator && ste.coroutine) {
                flags |= CodeData.CO_COROUTINE;
            }
            if (ste.generator && ste.coroutine) {
                flags |= CodeData.CO_ASYNC_GENERATOR;
            }
            if (ste.varargs) {
                flags |= CodeData.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= CodeData.CO_VARKEYWORDS;
            }
        }
        flags |= futureFeatures;
        if (isTopLevelAwait() && ste.coroutine && !ste.generator) {
            flags |= CodeData.CO_COROUTINE;
        }
        return flags;
    }

    boolean isTopLevelAwait() {
        return topLevelAwait && u.scopeType == ScopeType.MODULE;
    }

    // ================================================================ emitting

    private void ensureOpenBlock() {
        Instruction last = u.current.last();
        if (last != null && (last.isJump() || last.isScopeExit())) {
            BasicBlock b = u.newBlock();
            u.current.next = b;
            u.current = b;
        }
    }

    Instruction addRaw(int op, int arg) {
        ensureOpenBlock();
        Instruction i = new Instruction(op, arg, u.lineno, u.endLineno, u.col, u.endCol);
        u.current.instrs.add(i);
        return i;
    }

    Instruction addOp(Opcode op, int arg) {
        return addRaw(op.ordinal(), arg);
    }

    Instruction addOp(Opcode op) {
        return addRaw(op.ordinal(), 0);
    }

    /** An instruction without a line number (CPython's ADDOP_NOLINE). */
    Instruction addNoLine(Opcode op, int arg) {
        Instruction i = addOp(op, arg);
        i.lineno = -1;
        return i;
    }

    Instruction addPseudo(int op, BasicBlock target) {
        Instruction i = addRaw(op, 0);
        i.target = target;
        return i;
    }

    Instruction jump(Opcode op, BasicBlock target) {
        Instruction i = addOp(op, 0);
        i.target = target;
        return i;
    }

    Instruction jumpNoLine(Opcode op, BasicBlock target) {
        Instruction i = jump(op, target);
        i.lineno = -1;
        return i;
    }

    void useNextBlock(BasicBlock b) {
        u.current.next = b;
        u.current = b;
    }

    /** Starts a new block after the current one (CPython's NEXT_BLOCK). */
    void nextBlock() {
        BasicBlock b = u.newBlock();
        useNextBlock(b);
    }

    BasicBlock newBlock() {
        return u.newBlock();
    }

    void loadConst(Object value) {
        addOp(Opcode.LOAD_CONST, u.addConst(value));
    }

    void addName(Opcode op, String name) {
        addOp(op, u.addName(Mangler.mangle(u.privateName, name)));
    }

    void addNameUnmangled(Opcode op, String name) {
        addOp(op, u.addName(name));
    }

    void setLoc(Located n) {
        u.lineno = n.lineno;
        u.endLineno = n.endLineno;
        u.col = n.colOffset;
        u.endCol = n.endColOffset;
    }

    void unsetLoc() {
        u.lineno = -1;
    }

    int[] saveLoc() {
        return new int[] {u.lineno, u.endLineno, u.col, u.endCol};
    }

    void restoreLoc(int[] l) {
        u.lineno = l[0];
        u.endLineno = l[1];
        u.col = l[2];
        u.endCol = l[3];
    }

    RuntimeException error(String msg) {
        return CompileErrors.at(msg, filename, u.lineno, u.col, u.endLineno, u.endCol);
    }

    RuntimeException errorAt(String msg, Located n) {
        return CompileErrors.at(msg, filename, n);
    }

    void pushFBlock(FrameBlock.Type t, BasicBlock b, BasicBlock exit, Object datum) {
        if (u.fblocks.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks");
        }
        u.fblocks.add(new FrameBlock(t, b, exit, datum));
    }

    void popFBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    // ================================================================ names

    void nameOp(String name, ExprContext ctx) {
        checkForbidden(name, ctx);
        String mangled = Mangler.mangle(u.privateName, name);
        Scope.Binding scope = u.ste.binding(mangled);
        boolean function = u.ste.kind == Scope.Kind.FUNCTION;
        enum OpType { FAST, GLOBAL, DEREF, NAME }
        OpType type = OpType.NAME;
        if (scope != null) {
            switch (scope) {
                case FREE:
                case CELL:
                    type = OpType.DEREF;
                    break;
                case LOCAL:
                    if (function) {
                        type = OpType.FAST;
                    }
                    break;
                case GLOBAL_IMPLICIT:
                    if (function) {
                        type = OpType.GLOBAL;
                    }
                    break;
                case GLOBAL_EXPLICIT:
                    type = OpType.GLOBAL;
                    break;
                default:
                    break;
            }
        }
        switch (type) {
            case DEREF: {
                Opcode op = ctx == ExprContext.Load
                        ? (u.ste.kind == Scope.Kind.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF)
                        : ctx == ExprContext.Store ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF;
                addOp(op, 0).varName = mangled;
                return;
            }
            case FAST: {
                Opcode op = ctx == ExprContext.Load ? Opcode.LOAD_FAST
                        : ctx == ExprContext.Store ? Opcode.STORE_FAST : Opcode.DELETE_FAST;
                u.addVarname(mangled);
                addOp(op, 0).varName = mangled;
                return;
            }
            case GLOBAL: {
                int idx = u.addName(mangled);
                if (ctx == ExprContext.Load) {
                    addOp(Opcode.LOAD_GLOBAL, idx << 1);
                } else {
                    addOp(ctx == ExprContext.Store ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL, idx);
                }
                return;
            }
            default: {
                int idx = u.addName(mangled);
                addOp(ctx == ExprContext.Load ? Opcode.LOAD_NAME
                        : ctx == ExprContext.Store ? Opcode.STORE_NAME : Opcode.DELETE_NAME, idx);
            }
        }
    }

    void checkForbidden(String name, ExprContext ctx) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw error("cannot assign to __debug__");
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw error("cannot delete __debug__");
        }
    }

    // ================================================================ statements

    void body(List<Stmt> stmts) {
        int i = 0;
        if (u.scopeType == ScopeType.MODULE && !stmts.isEmpty()) {
            setLoc(stmts.get(0));
        }
        if (AnnotationFinder.hasAnnotations(stmts)) {
            addOp(Opcode.SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        if (optimize < 2) {
            Object doc = docstring(stmts);
            if (doc != null) {
                i = 1;
                expr(((ExprStmt) stmts.get(0)).value);
                unsetLoc();
                nameOp("__doc__", ExprContext.Store);
            }
        }
        for (; i < stmts.size(); i++) {
            stmt(stmts.get(i));
        }
    }

    static Object docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value instanceof Constant c
                && (c.value instanceof String || c.value instanceof CodePointString)) {
            return c.value;
        }
        return null;
    }

    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        setLoc(s);
        if (s instanceof FunctionDef f) {
            function(f, f.name, f.args, f.body, f.decoratorList, f.returns, false);
        } else if (s instanceof AsyncFunctionDef f) {
            function(f, f.name, f.args, f.body, f.decoratorList, f.returns, true);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Return r) {
            returnStmt(r);
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets) {
                expr(t);
            }
        } else if (s instanceof Assign a) {
            expr(a.value);
            for (int i = 0; i < a.targets.size(); i++) {
                if (i < a.targets.size() - 1) {
                    addOp(Opcode.COPY, 1);
                }
                expr(a.targets.get(i));
            }
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof AnnAssign a) {
            annAssign(a);
        } else if (s instanceof For f) {
            forStmt(f);
        } else if (s instanceof While w) {
            whileStmt(w);
        } else if (s instanceof If i) {
            ifStmt(i);
        } else if (s instanceof Match m) {
            new PatternCompiler(this).match(m);
        } else if (s instanceof Raise r) {
            int n = 0;
            if (r.exc != null) {
                expr(r.exc);
                n++;
                if (r.cause != null) {
                    expr(r.cause);
                    n++;
                }
            }
            addOp(Opcode.RAISE_VARARGS, n);
            nextBlock();
        } else if (s instanceof Try t) {
            if (!t.finalbody.isEmpty()) {
                exceptionBlocks.tryFinally(t.body, t.handlers, t.orelse, t.finalbody, false);
            } else {
                exceptionBlocks.tryExcept(t.body, t.handlers, t.orelse);
            }
        } else if (s instanceof TryStar t) {
            if (!t.finalbody.isEmpty()) {
                exceptionBlocks.tryFinally(t.body, t.handlers, t.orelse, t.finalbody, true);
            } else {
                exceptionBlocks.tryStarExcept(t.body, t.handlers, t.orelse);
            }
        } else if (s instanceof Assert a) {
            assertStmt(a);
        } else if (s instanceof Import i) {
            importStmt(i);
        } else if (s instanceof ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Global || s instanceof Nonlocal) {
            // nothing: the symbol table did the work
        } else if (s instanceof ExprStmt e) {
            exprStmt(e);
        } else if (s instanceof Pass) {
            addOp(Opcode.NOP);
        } else if (s instanceof Break) {
            breakStmt();
        } else if (s instanceof Continue) {
            continueStmt();
        } else if (s instanceof With w) {
            exceptionBlocks.with(w, w.items, w.body, 0);
        } else if (s instanceof AsyncWith w) {
            exceptionBlocks.asyncWith(w, w.items, w.body, 0);
        } else if (s instanceof AsyncFor f) {
            asyncFor(f);
        } else {
            throw new IllegalStateException("unknown statement " + s.typeName());
        }
    }

    private void exprStmt(ExprStmt s) {
        Expr value = s.value;
        if (interactive && nestLevel <= 1) {
            expr(value);
            addOp(Opcode.PRINT_EXPR);
            return;
        }
        if (value instanceof Constant) {
            addOp(Opcode.NOP);
            return;
        }
        expr(value);
        unsetLoc();
        addOp(Opcode.POP_TOP);
    }

    // ---------------------------------------------------------------- functions and classes

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decos,
                          Expr returns, boolean async) {
        checkDebugArgs(args);
        for (Expr d : decos) {
            expr(d);
        }
        int firstLineno = s.lineno;
        if (!decos.isEmpty()) {
            firstLineno = decos.get(0).lineno;
        }
        int funcFlags = defaultArguments(args);
        if (annotations(args, returns)) {
            funcFlags |= 0x04;
        }
        enterScope(name, async ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstLineno);
        Object doc = optimize < 2 ? docstring(body) : null;
        u.addConst(doc);
        u.argCount = args.args.size();
        u.posOnlyArgCount = args.posonlyargs.size();
        u.kwOnlyArgCount = args.kwonlyargs.size();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            stmt(body.get(i));
        }
        CodeData co = assemble(true);
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, funcFlags, qualname);
        applyDecorators(decos);
        nameOp(name, ExprContext.Store);
    }

    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>();
        all.addAll(args.posonlyargs);
        all.addAll(args.args);
        if (args.vararg != null) {
            all.add(args.vararg);
        }
        all.addAll(args.kwonlyargs);
        if (args.kwarg != null) {
            all.add(args.kwarg);
        }
        for (Arg a : all) {
            if (a.arg.equals("__debug__")) {
                throw error("cannot assign to __debug__");
            }
        }
    }

    private int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults.isEmpty()) {
            for (Expr d : args.defaults) {
                expr(d);
            }
            addOp(Opcode.BUILD_TUPLE, args.defaults.size());
            flags |= 0x01;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            Expr d = args.kwDefaults.get(i);
            if (d != null) {
                keys.add(Mangler.mangle(u.privateName, args.kwonlyargs.get(i).arg));
                expr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new ConstantTuple(keys.toArray()));
            addOp(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    private boolean annotations(Arguments args, Expr returns) {
        int n = 0;
        for (Arg a : args.args) {
            n += argAnnotation(a.arg, a.annotation);
        }
        for (Arg a : args.posonlyargs) {
            n += argAnnotation(a.arg, a.annotation);
        }
        if (args.vararg != null) {
            n += argAnnotation(args.vararg.arg, args.vararg.annotation);
        }
        for (Arg a : args.kwonlyargs) {
            n += argAnnotation(a.arg, a.annotation);
        }
        if (args.kwarg != null) {
            n += argAnnotation(args.kwarg.arg, args.kwarg.annotation);
        }
        n += argAnnotation("return", returns);
        if (n > 0) {
            addOp(Opcode.BUILD_TUPLE, n);
            return true;
        }
        return false;
    }

    private int argAnnotation(String id, Expr annotation) {
        if (annotation == null) {
            return 0;
        }
        loadConst(Mangler.mangle(u.privateName, id));
        if (futureAnnotations()) {
            loadConst(Unparser.unparse(annotation));
        } else if (annotation instanceof Starred star) {
            expr(star.value);
            addOp(Opcode.UNPACK_SEQUENCE, 1);
        } else {
            expr(annotation);
        }
        return 2;
    }

    private void applyDecorators(List<Expr> decos) {
        int[] old = saveLoc();
        for (int i = decos.size() - 1; i >= 0; i--) {
            setLoc(decos.get(i));
            addOp(Opcode.CALL, 0);
        }
        restoreLoc(old);
    }

    void makeClosure(CodeData co, int flags, String qualname) {
        int nfree = 0;
        for (byte k : co.localsPlusKinds) {
            if ((k & CodeData.KIND_FREE) != 0) {
                nfree++;
            }
        }
        if (nfree > 0) {
            for (int i = 0; i < co.localsPlusNames.length; i++) {
                if ((co.localsPlusKinds[i] & CodeData.KIND_FREE) != 0) {
                    addOp(Opcode.LOAD_CLOSURE, 0).varName = co.localsPlusNames[i];
                }
            }
            flags |= 0x08;
            addOp(Opcode.BUILD_TUPLE, nfree);
        }
        loadConst(co);
        addOp(Opcode.MAKE_FUNCTION, flags);
    }

    private void classDef(ClassDef s) {
        List<Expr> decos = s.decoratorList;
        for (Expr d : decos) {
            expr(d);
        }
        int firstLineno = s.lineno;
        if (!decos.isEmpty()) {
            firstLineno = decos.get(0).lineno;
        }
        enterScope(s.name, ScopeType.CLASS, s, firstLineno);
        u.privateName = s.name;
        nameOp("__name__", ExprContext.Load);
        nameOp("__module__", ExprContext.Store);
        loadConst(u.qualname);
        nameOp("__qualname__", ExprContext.Store);
        body(s.body);
        unsetLoc();
        if (u.ste.needsClassClosure) {
            addOp(Opcode.LOAD_CLOSURE, 0).varName = "__class__";
            addOp(Opcode.COPY, 1);
            nameOp("__classcell__", ExprContext.Store);
        } else {
            loadConst(null);
        }
        addOp(Opcode.RETURN_VALUE);
        CodeData co = assemble(true);
        exitScope();
        addOp(Opcode.PUSH_NULL);
        addOp(Opcode.LOAD_BUILD_CLASS);
        makeClosure(co, 0, null);
        loadConst(s.name);
        calls.callHelper(2, s.bases, s.keywords);
        applyDecorators(decos);
        nameOp(s.name, ExprContext.Store);
    }

    // ---------------------------------------------------------------- simple statements

    private void returnStmt(Return s) {
        boolean preserveTos = s.value != null && !(s.value instanceof Constant);
        if (u.ste.kind != Scope.Kind.FUNCTION) {
            throw error("'return' outside function");
        }
        if (s.value != null && u.ste.coroutine && u.ste.generator) {
            throw error("'return' with value in async generator");
        }
        if (preserveTos) {
            expr(s.value);
        } else if (s.value != null) {
            setLoc(s.value);
            addOp(Opcode.NOP);
        }
        if (s.value == null || s.value.lineno != s.lineno) {
            setLoc(s);
            addOp(Opcode.NOP);
        }
        unwindFBlockStack(preserveTos, false);
        if (s.value == null) {
            loadConst(null);
        } else if (!preserveTos) {
            loadConst(((Constant) s.value).value);
        }
        // No new block here: CPython adds no implicit "return None" after a final return, which
        // matters for the order of co_consts.
        addOp(Opcode.RETURN_VALUE);
    }

    private void breakStmt() {
        int[] loc = saveLoc();
        addOp(Opcode.NOP);
        FrameBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(loc);
            throw error("'break' outside loop");
        }
        unwindFBlock(loop, false);
        jump(Opcode.JUMP, loop.exit);
        nextBlock();
    }

    private void continueStmt() {
        int[] loc = saveLoc();
        addOp(Opcode.NOP);
        FrameBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(loc);
            throw error("'continue' not properly in loop");
        }
        jump(Opcode.JUMP, loop.block);
        nextBlock();
    }

    /** Unwinds the frame blocks; returns the innermost loop when {@code toLoop}. */
    private FrameBlock unwindFBlockStack(boolean preserveTos, boolean toLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FrameBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.type == FrameBlock.Type.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (toLoop && (top.type == FrameBlock.Type.WHILE_LOOP || top.type == FrameBlock.Type.FOR_LOOP)) {
            return top;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        unwindFBlock(top, preserveTos);
        FrameBlock loop = unwindFBlockStack(preserveTos, toLoop);
        u.fblocks.add(top);
        return loop;
    }

    @SuppressWarnings("unchecked")
    private void unwindFBlock(FrameBlock info, boolean preserveTos) {
        switch (info.type) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
            case EXCEPTION_GROUP_HANDLER:
            case ASYNC_COMPREHENSION_GENERATOR:
                return;
            case FOR_LOOP:
                if (preserveTos) {
                    addOp(Opcode.SWAP, 2);
                }
                addOp(Opcode.POP_TOP);
                return;
            case TRY_EXCEPT:
                addRaw(Instruction.POP_BLOCK, 0);
                return;
            case FINALLY_TRY:
                addRaw(Instruction.POP_BLOCK, 0);
                if (preserveTos) {
                    pushFBlock(FrameBlock.Type.POP_VALUE, null, null, null);
                }
                stmts((List<Stmt>) info.datum);
                if (preserveTos) {
                    popFBlock();
                }
                unsetLoc();
                return;
            case FINALLY_END:
                if (preserveTos) {
                    addOp(Opcode.SWAP, 2);
                }
                addOp(Opcode.POP_TOP);
                if (preserveTos) {
                    addOp(Opcode.SWAP, 2);
                }
                addRaw(Instruction.POP_BLOCK, 0);
                addOp(Opcode.POP_EXCEPT);
                return;
            case WITH:
            case ASYNC_WITH:
                setLoc((Located) info.datum);
                addRaw(Instruction.POP_BLOCK, 0);
                if (preserveTos) {
                    addOp(Opcode.SWAP, 2);
                }
                callExitWithNones();
                if (info.type == FrameBlock.Type.ASYNC_WITH) {
                    addOp(Opcode.GET_AWAITABLE, 2);
                    loadConst(null);
                    yieldFrom(true);
                }
                addOp(Opcode.POP_TOP);
                unsetLoc();
                return;
            case HANDLER_CLEANUP:
                if (info.datum != null) {
                    addRaw(Instruction.POP_BLOCK, 0);
                }
                if (preserveTos) {
                    addOp(Opcode.SWAP, 2);
                }
                addRaw(Instruction.POP_BLOCK, 0);
                addOp(Opcode.POP_EXCEPT);
                if (info.datum != null) {
                    loadConst(null);
                    nameOp((String) info.datum, ExprContext.Store);
                    nameOp((String) info.datum, ExprContext.Del);
                }
                return;
            case POP_VALUE:
                if (preserveTos) {
                    addOp(Opcode.SWAP, 2);
                }
                addOp(Opcode.POP_TOP);
                return;
            default:
                throw new IllegalStateException();
        }
    }

    void callExitWithNones() {
        loadConst(null);
        loadConst(null);
        loadConst(null);
        addOp(Opcode.CALL, 2);
    }

    private void assertStmt(Assert s) {
        if (optimize > 0) {
            return;
        }
        BasicBlock end = newBlock();
        jumpIf(s.test, end, true);
        addOp(Opcode.LOAD_ASSERTION_ERROR);
        if (s.msg != null) {
            expr(s.msg);
            addOp(Opcode.CALL, 0);
        }
        addOp(Opcode.RAISE_VARARGS, 1);
        useNextBlock(end);
    }

    private void importStmt(Import s) {
        for (Alias a : s.names) {
            loadConst(BigInteger.ZERO);
            loadConst(null);
            addName(Opcode.IMPORT_NAME, a.name);
            if (a.asname != null) {
                int dot = a.name.indexOf('.');
                if (dot >= 0) {
                    String[] parts = a.name.split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        addNameUnmangled(Opcode.IMPORT_FROM, parts[i]);
                        if (i == parts.length - 1) {
                            break;
                        }
                        addOp(Opcode.SWAP, 2);
                        addOp(Opcode.POP_TOP);
                    }
                    nameOp(a.asname, ExprContext.Store);
                    addOp(Opcode.POP_TOP);
                } else {
                    nameOp(a.asname, ExprContext.Store);
                }
            } else {
                int dot = a.name.indexOf('.');
                nameOp(dot >= 0 ? a.name.substring(0, dot) : a.name, ExprContext.Store);
            }
        }
    }

    private void importFrom(ImportFrom s) {
        loadConst(BigInteger.valueOf(s.level == null ? 0 : s.level));
        Object[] names = new Object[s.names.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = s.names.get(i).name;
        }
        if (s.lineno > futureLineno && "__future__".equals(s.module)) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        loadConst(new ConstantTuple(names));
        addName(Opcode.IMPORT_NAME, s.module == null ? "" : s.module);
        for (int i = 0; i < s.names.size(); i++) {
            Alias a = s.names.get(i);
            if (i == 0 && a.name.startsWith("*")) {
                addOp(Opcode.IMPORT_STAR);
                return;
            }
            addName(Opcode.IMPORT_FROM, a.name);
            nameOp(a.asname != null ? a.asname : a.name, ExprContext.Store);
        }
        addOp(Opcode.POP_TOP);
    }

    private void augAssign(AugAssign s) {
        Expr e = s.target;
        int[] old = saveLoc();
        setLoc(e);
        if (e instanceof Attribute a) {
            expr(a.value);
            addOp(Opcode.COPY, 1);
            updateStartLocationToMatchAttr(a);
            addName(Opcode.LOAD_ATTR, a.attr);
        } else if (e instanceof Subscript sub) {
            expr(sub.value);
            expr(sub.slice);
            addOp(Opcode.COPY, 2);
            addOp(Opcode.COPY, 2);
            addOp(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Name n) {
            nameOp(n.id, ExprContext.Load);
        } else {
            throw new IllegalStateException("invalid augmented assignment target");
        }
        restoreLoc(old);
        expr(s.value);
        addOp(Opcode.BINARY_OP, inplace(s.op).ordinal());
        setLoc(e);
        if (e instanceof Attribute a) {
            updateStartLocationToMatchAttr(a);
            addOp(Opcode.SWAP, 2);
            checkForbidden(a.attr, ExprContext.Store);
            addName(Opcode.STORE_ATTR, a.attr);
        } else if (e instanceof Subscript) {
            addOp(Opcode.SWAP, 3);
            addOp(Opcode.SWAP, 2);
            addOp(Opcode.STORE_SUBSCR);
        } else {
            nameOp(((Name) e).id, ExprContext.Store);
        }
    }

    private void annAssign(AnnAssign s) {
        Expr targ = s.target;
        if (s.value != null) {
            expr(s.value);
            expr(targ);
        }
        if (targ instanceof Name n) {
            checkForbidden(n.id, ExprContext.Store);
            if (s.simple != 0 && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
                if (futureAnnotations()) {
                    loadConst(Unparser.unparse(s.annotation));
                } else {
                    expr(s.annotation);
                }
                addNameUnmangled(Opcode.LOAD_NAME, "__annotations__");
                loadConst(Mangler.mangle(u.privateName, n.id));
                addOp(Opcode.STORE_SUBSCR);
            }
        } else if (targ instanceof Attribute a) {
            checkForbidden(a.attr, ExprContext.Store);
            if (s.value == null) {
                checkAnnExpr(a.value);
            }
        } else if (targ instanceof Subscript sub) {
            if (s.value == null) {
                checkAnnExpr(sub.value);
                checkAnnSubscr(sub.slice);
            }
        }
        if (s.simple == 0 && !futureAnnotations()
                && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
            checkAnnExpr(s.annotation);
        }
    }

    private void checkAnnExpr(Expr e) {
        expr(e);
        addOp(Opcode.POP_TOP);
    }

    private void checkAnnSubscr(Expr e) {
        if (e instanceof Slice sl) {
            if (sl.lower != null) {
                checkAnnExpr(sl.lower);
            }
            if (sl.upper != null) {
                checkAnnExpr(sl.upper);
            }
            if (sl.step != null) {
                checkAnnExpr(sl.step);
            }
        } else if (e instanceof TupleExpr t) {
            for (Expr x : t.elts) {
                checkAnnSubscr(x);
            }
        } else {
            checkAnnExpr(e);
        }
    }

    // ---------------------------------------------------------------- control flow

    private void ifStmt(If s) {
        BasicBlock end = newBlock();
        BasicBlock next = s.orelse.isEmpty() ? end : newBlock();
        jumpIf(s.test, next, false);
        stmts(s.body);
        if (!s.orelse.isEmpty()) {
            jumpNoLine(Opcode.JUMP, end);
            useNextBlock(next);
            stmts(s.orelse);
        }
        useNextBlock(end);
    }

    private void forStmt(For s) {
        BasicBlock start = newBlock();
        BasicBlock body = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock end = newBlock();
        pushFBlock(FrameBlock.Type.FOR_LOOP, start, end, null);
        expr(s.iter);
        addOp(Opcode.GET_ITER);
        useNextBlock(start);
        jump(Opcode.FOR_ITER, cleanup);
        useNextBlock(body);
        expr(s.target);
        stmts(s.body);
        unsetLoc();
        jump(Opcode.JUMP, start);
        useNextBlock(cleanup);
        popFBlock();
        stmts(s.orelse);
        useNextBlock(end);
    }

    private void asyncFor(AsyncFor s) {
        if (isTopLevelAwait()) {
            u.ste.coroutine = true;
        } else if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error("'async for' outside async function");
        }
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        expr(s.iter);
        addOp(Opcode.GET_AITER);
        useNextBlock(start);
        pushFBlock(FrameBlock.Type.FOR_LOOP, start, end, null);
        addPseudo(Instruction.SETUP_FINALLY, except);
        addOp(Opcode.GET_ANEXT);
        loadConst(null);
        yieldFrom(true);
        addRaw(Instruction.POP_BLOCK, 0);
        expr(s.target);
        stmts(s.body);
        unsetLoc();
        jump(Opcode.JUMP, start);
        popFBlock();
        useNextBlock(except);
        setLoc(s.iter);
        addOp(Opcode.END_ASYNC_FOR);
        stmts(s.orelse);
        useNextBlock(end);
    }

    private void whileStmt(While s) {
        BasicBlock loop = newBlock();
        BasicBlock body = newBlock();
        BasicBlock anchor = newBlock();
        BasicBlock end = newBlock();
        useNextBlock(loop);
        pushFBlock(FrameBlock.Type.WHILE_LOOP, loop, end, null);
        jumpIf(s.test, anchor, false);
        useNextBlock(body);
        stmts(s.body);
        setLoc(s);
        jumpIf(s.test, body, true);
        popFBlock();
        useNextBlock(anchor);
        stmts(s.orelse);
        useNextBlock(end);
    }

    // ================================================================ expressions

    void expr(Expr e) {
        int[] old = saveLoc();
        setLoc(e);
        expr1(e);
        restoreLoc(old);
    }

    private void expr1(Expr e) {
        if (e instanceof NamedExpr n) {
            expr(n.value);
            addOp(Opcode.COPY, 1);
            expr(n.target);
        } else if (e instanceof BoolOp b) {
            boolOp(b);
        } else if (e instanceof BinOp b) {
            expr(b.left);
            expr(b.right);
            addOp(Opcode.BINARY_OP, binary(b.op).ordinal());
        } else if (e instanceof UnaryOp uo) {
            expr(uo.operand);
            switch (uo.op) {
                case Invert: addOp(Opcode.UNARY_INVERT); break;
                case Not: addOp(Opcode.UNARY_NOT); break;
                case UAdd: addOp(Opcode.UNARY_POSITIVE); break;
                default: addOp(Opcode.UNARY_NEGATIVE); break;
            }
        } else if (e instanceof Lambda l) {
            lambda(l);
        } else if (e instanceof IfExp i) {
            BasicBlock end = newBlock();
            BasicBlock next = newBlock();
            jumpIf(i.test, next, false);
            expr(i.body);
            jumpNoLine(Opcode.JUMP, end);
            useNextBlock(next);
            expr(i.orelse);
            useNextBlock(end);
        } else if (e instanceof DictExpr d) {
            dict(d);
        } else if (e instanceof SetExpr s) {
            starunpackHelper(s.elts, 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
        } else if (e instanceof GeneratorExp g) {
            comprehensions.comprehension(e, Scope.Comprehension.GENERATOR, "<genexpr>", g.generators, g.elt, null);
        } else if (e instanceof ListComp l) {
            comprehensions.comprehension(e, Scope.Comprehension.LIST, "<listcomp>", l.generators, l.elt, null);
        } else if (e instanceof SetComp s) {
            comprehensions.comprehension(e, Scope.Comprehension.SET, "<setcomp>", s.generators, s.elt, null);
        } else if (e instanceof DictComp d) {
            comprehensions.comprehension(e, Scope.Comprehension.DICT, "<dictcomp>", d.generators, d.key, d.value);
        } else if (e instanceof Yield y) {
            if (u.ste.kind != Scope.Kind.FUNCTION) {
                throw error("'yield' outside function");
            }
            if (y.value != null) {
                expr(y.value);
            } else {
                loadConst(null);
            }
            addYield();
        } else if (e instanceof YieldFrom y) {
            if (u.ste.kind != Scope.Kind.FUNCTION) {
                throw error("'yield' outside function");
            }
            if (u.scopeType == ScopeType.ASYNC_FUNCTION) {
                throw error("'yield from' inside async function");
            }
            expr(y.value);
            addOp(Opcode.GET_YIELD_FROM_ITER);
            loadConst(null);
            yieldFrom(false);
        } else if (e instanceof Await a) {
            if (!isTopLevelAwait()) {
                if (u.ste.kind != Scope.Kind.FUNCTION) {
                    throw error("'await' outside function");
                }
                if (u.scopeType != ScopeType.ASYNC_FUNCTION && u.scopeType != ScopeType.COMPREHENSION) {
                    throw error("'await' outside async function");
                }
            }
            expr(a.value);
            addOp(Opcode.GET_AWAITABLE, 0);
            loadConst(null);
            yieldFrom(true);
        } else if (e instanceof Compare c) {
            compare(c);
        } else if (e instanceof Call c) {
            calls.call(c);
        } else if (e instanceof Constant c) {
            loadConst(c.value);
        } else if (e instanceof JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Attribute a) {
            expr(a.value);
            updateStartLocationToMatchAttr(a);
            switch (a.ctx) {
                case Load:
                    addName(Opcode.LOAD_ATTR, a.attr);
                    break;
                case Store:
                    checkForbidden(a.attr, ExprContext.Store);
                    addName(Opcode.STORE_ATTR, a.attr);
                    break;
                default:
                    addName(Opcode.DELETE_ATTR, a.attr);
                    break;
            }
        } else if (e instanceof Subscript s) {
            if (s.ctx == ExprContext.Load) {
                warn(LiteralMisuse.checkSubscript(s.value, s.slice), s);
            }
            expr(s.value);
            expr(s.slice);
            addOp(s.ctx == ExprContext.Load ? Opcode.BINARY_SUBSCR
                    : s.ctx == ExprContext.Store ? Opcode.STORE_SUBSCR : Opcode.DELETE_SUBSCR);
        } else if (e instanceof Starred s) {
            if (s.ctx == ExprContext.Store) {
                throw error("starred assignment target must be in a list or tuple");
            }
            throw error("can't use starred expression here");
        } else if (e instanceof Slice s) {
            int n = 2;
            if (s.lower != null) {
                expr(s.lower);
            } else {
                loadConst(null);
            }
            if (s.upper != null) {
                expr(s.upper);
            } else {
                loadConst(null);
            }
            if (s.step != null) {
                n++;
                expr(s.step);
            }
            addOp(Opcode.BUILD_SLICE, n);
        } else if (e instanceof Name n) {
            nameOp(n.id, n.ctx);
        } else if (e instanceof ListExpr l) {
            sequence(l.elts, l.ctx, false);
        } else if (e instanceof TupleExpr t) {
            sequence(t.elts, t.ctx, true);
        } else {
            throw new IllegalStateException("unknown expression " + e.typeName());
        }
    }

    private void sequence(List<Expr> elts, ExprContext ctx, boolean tuple) {
        if (ctx == ExprContext.Store) {
            assignmentHelper(elts);
        } else if (ctx == ExprContext.Load) {
            starunpackHelper(elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple);
        } else {
            for (Expr x : elts) {
                expr(x);
            }
        }
    }

    void updateStartLocationToMatchAttr(Attribute attr) {
        if (u.lineno != attr.endLineno) {
            u.lineno = attr.endLineno;
            // CPython measures the attribute name in code points here (columns are in bytes).
            int len = attr.attr.codePointCount(0, attr.attr.length());
            if (len <= attr.endColOffset) {
                u.col = attr.endColOffset - len;
            } else {
                u.col = -1;
                u.endCol = -1;
            }
            u.endLineno = Math.max(u.lineno, u.endLineno);
            if (u.lineno == u.endLineno) {
                u.endCol = Math.max(u.col, u.endCol);
            }
        }
    }

    static BinaryOp binary(BinaryOperator op) {
        switch (op) {
            case Add: return BinaryOp.ADD;
            case Sub: return BinaryOp.SUBTRACT;
            case Mult: return BinaryOp.MULTIPLY;
            case MatMult: return BinaryOp.MATRIX_MULTIPLY;
            case Div: return BinaryOp.TRUE_DIVIDE;
            case Mod: return BinaryOp.REMAINDER;
            case Pow: return BinaryOp.POWER;
            case LShift: return BinaryOp.LSHIFT;
            case RShift: return BinaryOp.RSHIFT;
            case BitOr: return BinaryOp.OR;
            case BitXor: return BinaryOp.XOR;
            case BitAnd: return BinaryOp.AND;
            default: return BinaryOp.FLOOR_DIVIDE;
        }
    }

    static BinaryOp inplace(BinaryOperator op) {
        return BinaryOp.values()[binary(op).ordinal() + BinaryOp.INPLACE_ADD.ordinal()];
    }

    private void boolOp(BoolOp b) {
        Opcode jumpi = b.op == BooleanOperator.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        BasicBlock end = newBlock();
        int n = b.values.size() - 1;
        for (int i = 0; i < n; i++) {
            expr(b.values.get(i));
            jump(jumpi, end);
            BasicBlock next = newBlock();
            useNextBlock(next);
        }
        expr(b.values.get(n));
        useNextBlock(end);
    }

    void compareOp(ComparisonOperator op) {
        switch (op) {
            case Eq: addOp(Opcode.COMPARE_OP, 2); break;
            case NotEq: addOp(Opcode.COMPARE_OP, 3); break;
            case Lt: addOp(Opcode.COMPARE_OP, 0); break;
            case LtE: addOp(Opcode.COMPARE_OP, 1); break;
            case Gt: addOp(Opcode.COMPARE_OP, 4); break;
            case GtE: addOp(Opcode.COMPARE_OP, 5); break;
            case Is: addOp(Opcode.IS_OP, 0); break;
            case IsNot: addOp(Opcode.IS_OP, 1); break;
            case In: addOp(Opcode.CONTAINS_OP, 0); break;
            default: addOp(Opcode.CONTAINS_OP, 1); break;
        }
    }

    private void compare(Compare e) {
        warn(LiteralMisuse.checkIdentityComparison(e), e);
        expr(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            expr(e.comparators.get(0));
            compareOp(e.ops.get(0));
            return;
        }
        BasicBlock cleanup = newBlock();
        for (int i = 0; i < n; i++) {
            expr(e.comparators.get(i));
            addOp(Opcode.SWAP, 2);
            addOp(Opcode.COPY, 2);
            compareOp(e.ops.get(i));
            jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
            nextBlock();
        }
        expr(e.comparators.get(n));
        compareOp(e.ops.get(n));
        BasicBlock end = newBlock();
        jumpNoLine(Opcode.JUMP, end);
        useNextBlock(cleanup);
        addOp(Opcode.SWAP, 2);
        addOp(Opcode.POP_TOP);
        useNextBlock(end);
    }

    void jumpIf(Expr e, BasicBlock next, boolean cond) {
        if (e instanceof UnaryOp uo && uo.op == UnaryOperator.Not) {
            jumpIf(uo.operand, next, !cond);
            return;
        }
        if (e instanceof BoolOp b) {
            int n = b.values.size() - 1;
            boolean cond2 = b.op == BooleanOperator.Or;
            BasicBlock next2 = next;
            if (cond2 != cond) {
                next2 = newBlock();
            }
            for (int i = 0; i < n; i++) {
                jumpIf(b.values.get(i), next2, cond2);
            }
            jumpIf(b.values.get(n), next, cond);
            if (next2 != next) {
                useNextBlock(next2);
            }
            return;
        }
        if (e instanceof IfExp i) {
            BasicBlock end = newBlock();
            BasicBlock next2 = newBlock();
            jumpIf(i.test, next2, false);
            jumpIf(i.body, next, cond);
            jumpNoLine(Opcode.JUMP, end);
            useNextBlock(next2);
            jumpIf(i.orelse, next, cond);
            useNextBlock(end);
            return;
        }
        if (e instanceof Compare c) {
            // CPython sets the comparison's location here and does not restore it.
            setLoc(c);
        }
        if (e instanceof Compare c && c.ops.size() > 1) {
            warn(LiteralMisuse.checkIdentityComparison(c), c);
            int n = c.ops.size() - 1;
            BasicBlock cleanup = newBlock();
            expr(c.left);
            for (int i = 0; i < n; i++) {
                expr(c.comparators.get(i));
                addOp(Opcode.SWAP, 2);
                addOp(Opcode.COPY, 2);
                compareOp(c.ops.get(i));
                jump(Opcode.POP_JUMP_IF_FALSE, cleanup);
                nextBlock();
            }
            expr(c.comparators.get(n));
            compareOp(c.ops.get(n));
            jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
            nextBlock();
            BasicBlock end = newBlock();
            jumpNoLine(Opcode.JUMP, end);
            useNextBlock(cleanup);
            addOp(Opcode.POP_TOP);
            if (!cond) {
                jumpNoLine(Opcode.JUMP, next);
            }
            useNextBlock(end);
            return;
        }
        expr(e);
        jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
        nextBlock();
    }

    // ---------------------------------------------------------------- calls

    // ---------------------------------------------------------------- collections

    private static boolean allConstant(List<Expr> elts, int begin, int end) {
        for (int i = begin; i < end; i++) {
            Expr e = elts.get(i);
            if (!(e instanceof Constant)) {
                return false;
            }
        }
        return true;
    }

    void starunpackHelper(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend,
                          boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts, 0, n)) {
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = ((Constant) elts.get(i)).value;
            }
            if (tuple && pushed == 0) {
                loadConst(new ConstantTuple(items));
            } else {
                Object folded = add == Opcode.SET_ADD ? ConstantFolder.frozenSet(items) : new ConstantTuple(items);
                addOp(build, pushed);
                loadConst(folded);
                addOp(extend, 1);
                if (tuple) {
                    addOp(Opcode.LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr e : elts) {
            if (e instanceof Starred) {
                seenStar = true;
            }
        }
        if (!seenStar && !big) {
            for (Expr e : elts) {
                expr(e);
            }
            addOp(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            addOp(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Starred s) {
                if (!built) {
                    addOp(build, i + pushed);
                    built = true;
                }
                expr(s.value);
                addOp(extend, 1);
            } else {
                expr(e);
                if (built) {
                    addOp(add, 1);
                }
            }
        }
        if (tuple) {
            addOp(Opcode.LIST_TO_TUPLE);
        }
    }

    private void assignmentHelper(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                addOp(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (e instanceof Starred) {
                throw error("multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            addOp(Opcode.UNPACK_SEQUENCE, n);
        }
        for (Expr e : elts) {
            expr(e instanceof Starred s ? s.value : e);
        }
    }

    private void subdict(DictExpr e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConstant(e.keys, begin, end)) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                expr(e.values.get(i));
                keys[i - begin] = ((Constant) e.keys.get(i)).value;
            }
            loadConst(new ConstantTuple(keys));
            addOp(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addOp(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(e.keys.get(i));
            expr(e.values.get(i));
            if (big) {
                addOp(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            addOp(Opcode.BUILD_MAP, n);
        }
    }

    private void dict(DictExpr e) {
        int n = e.values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = e.keys.get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        addOp(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addOp(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(e.values.get(i));
                addOp(Opcode.DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(e, i - elements, i + 1);
                    if (haveDict) {
                        addOp(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                addOp(Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addOp(Opcode.BUILD_MAP, 0);
        }
    }

    private void joinedStr(JoinedStr e) {
        int n = e.values.size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst("");
            addNameUnmangled(Opcode.LOAD_METHOD, "join");
            addOp(Opcode.BUILD_LIST, 0);
            for (Expr v : e.values) {
                expr(v);
                addOp(Opcode.LIST_APPEND, 1);
            }
            addOp(Opcode.CALL, 1);
        } else {
            for (Expr v : e.values) {
                expr(v);
            }
            if (n != 1) {
                addOp(Opcode.BUILD_STRING, n);
            }
        }
    }

    private void formattedValue(FormattedValue e) {
        expr(e.value);
        int oparg;
        switch (e.conversion) {
            case 's': oparg = 1; break;
            case 'r': oparg = 2; break;
            case 'a': oparg = 3; break;
            default: oparg = 0; break;
        }
        if (e.formatSpec != null) {
            expr(e.formatSpec);
            oparg |= 4;
        }
        addOp(Opcode.FORMAT_VALUE, oparg);
    }

    // ---------------------------------------------------------------- lambdas, comprehensions, yields

    private void lambda(Lambda e) {
        checkDebugArgs(e.args);
        int funcFlags = defaultArguments(e.args);
        enterScope("<lambda>", ScopeType.LAMBDA, e, e.lineno);
        u.addConst(null);
        u.argCount = e.args.args.size();
        u.posOnlyArgCount = e.args.posonlyargs.size();
        u.kwOnlyArgCount = e.args.kwonlyargs.size();
        expr(e.body);
        CodeData co;
        if (u.ste.generator) {
            co = assemble(false);
        } else {
            addOp(Opcode.RETURN_VALUE);
            co = assemble(true);
        }
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, funcFlags, qualname);
    }

    void addYield() {
        if (u.ste.generator && u.ste.coroutine) {
            addOp(Opcode.ASYNC_GEN_WRAP);
        }
        addOp(Opcode.YIELD_VALUE);
        addOp(Opcode.RESUME, 1);
    }

    void yieldFrom(boolean await) {
        BasicBlock start = newBlock();
        BasicBlock resume = newBlock();
        BasicBlock exit = newBlock();
        useNextBlock(start);
        jump(Opcode.SEND, exit);
        useNextBlock(resume);
        addOp(Opcode.YIELD_VALUE);
        addOp(Opcode.RESUME, await ? 3 : 2);
        jump(Opcode.JUMP_NO_INTERRUPT, start);
        useNextBlock(exit);
    }

}
