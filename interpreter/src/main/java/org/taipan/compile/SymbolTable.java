package org.taipan.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.ast.*;
import org.taipan.ast.Module;

/**
 * CPython 3.11's symbol table pass ({@code Python/symtable.c}'s rules): one {@link Scope} per
 * code block, built by walking the AST and then analysed to decide which names are local,
 * global (explicit or implicit), free or cell. Raises CPython's SyntaxErrors for misplaced
 * {@code global}/{@code nonlocal} declarations, walrus misuse and the like.
 */
final class SymbolTable {
    final String filename;
    final boolean futureAnnotations;
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT: async comprehensions are allowed at module level. */
    boolean topLevelAwait;
    final Scope top;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope cur;
    private final List<Scope> stack = new ArrayList<>();

    private SymbolTable(String filename, boolean futureAnnotations, Mod mod) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
        this.top = new Scope("top", Scope.Kind.MODULE, 0, null);
        scopes.put(mod, top);
        cur = top;
        stack.add(top);
    }

    static SymbolTable build(Mod mod, String filename, boolean futureAnnotations) {
        return build(mod, filename, futureAnnotations, false);
    }

    static SymbolTable build(Mod mod, String filename, boolean futureAnnotations, boolean topLevelAwait) {
        SymbolTable st = new SymbolTable(filename, futureAnnotations, mod);
        st.topLevelAwait = topLevelAwait;
        if (mod instanceof Module m) {
            st.stmts(m.body);
        } else if (mod instanceof Interactive i) {
            st.stmts(i.body);
        } else if (mod instanceof Expression e) {
            st.expr(e.body);
        }
        st.analyze();
        return st;
    }

    Scope scopeOf(Object node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node);
        }
        return s;
    }

    // ---------------------------------------------------------------- building

    private void enter(String name, Scope.Kind kind, Object node, int lineno) {
        Scope s = new Scope(name, kind, lineno, cur);
        if (cur.nested || cur.kind == Scope.Kind.FUNCTION) {
            s.nested = true;
        }
        s.privateName = cur.privateName;
        if (kind != Scope.Kind.ANNOTATION) {
            // CPython 3.11 visits postponed annotations (for their errors) but keeps them out of
            // the tree, so their names are never analysed.
            cur.children.add(s);
        }
        scopes.put(node, s);
        stack.add(s);
        cur = s;
    }

    private void exit() {
        stack.remove(stack.size() - 1);
        cur = stack.get(stack.size() - 1);
    }

    private void err(String msg, Located at) {
        throw CompileErrors.at(msg, filename, at);
    }

    private void addDef(String name, int flag, Located loc) {
        addDefIn(name, flag, cur, loc);
    }

    private void addDefIn(String name, int flag, Scope ste, Located loc) {
        String mangled = Mangler.mangle(ste.privateName, name);
        int val = ste.flags(mangled);
        if ((flag & Scope.DEF_PARAM) != 0 && (val & Scope.DEF_PARAM) != 0) {
            err("duplicate argument '" + name + "' in function definition", loc);
        }
        val |= flag;
        if (cur.compIterTarget) {
            if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                err("comprehension inner loop cannot rebind assignment expression target '" + name + "'", loc);
            }
            val |= Scope.DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & Scope.DEF_PARAM) != 0) {
            ste.params.add(mangled);
        } else if ((flag & Scope.DEF_GLOBAL) != 0) {
            top.symbols.put(mangled, top.flags(mangled) | flag);
        }
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<? extends Expr> es) {
        if (es == null) {
            return;
        }
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    /**
     * CPython's symbol table limits nesting to three times the recursion limit and raises
     * RecursionError "maximum recursion depth exceeded during compilation" beyond it.
     */
    static final int RECURSION_LIMIT = 3000;
    private int depth;

    private void enterNode() {
        if (++depth > RECURSION_LIMIT) {
            throw new org.taipan.parse.ParseLimitException("RecursionError",
                    "maximum recursion depth exceeded during compilation");
        }
    }

    private void stmt(Stmt s) {
        enterNode();
        try {
            stmt1(s);
        } finally {
            depth--;
        }
    }

    private void expr(Expr e) {
        enterNode();
        try {
            expr1(e);
        } finally {
            depth--;
        }
    }

    private void stmt1(Stmt s) {
        if (s instanceof FunctionDef f) {
            function(f, f.name, f.args, f.body, f.decoratorList, f.returns, false);
        } else if (s instanceof AsyncFunctionDef f) {
            function(f, f.name, f.args, f.body, f.decoratorList, f.returns, true);
        } else if (s instanceof ClassDef c) {
            addDef(c.name, Scope.DEF_LOCAL, c);
            exprs(c.bases);
            for (Keyword k : c.keywords) {
                expr(k.value);
            }
            exprs(c.decoratorList);
            enter(c.name, Scope.Kind.CLASS, c, c.lineno);
            cur.privateName = c.name;
            stmts(c.body);
            exit();
        } else if (s instanceof Return r) {
            if (r.value != null) {
                expr(r.value);
            }
        } else if (s instanceof Delete d) {
            exprs(d.targets);
        } else if (s instanceof Assign a) {
            exprs(a.targets);
            expr(a.value);
        } else if (s instanceof AnnAssign a) {
            annAssign(a);
        } else if (s instanceof AugAssign a) {
            expr(a.target);
            expr(a.value);
        } else if (s instanceof For f) {
            forLoop(f.target, f.iter, f.body, f.orelse);
        } else if (s instanceof AsyncFor f) {
            forLoop(f.target, f.iter, f.body, f.orelse);
        } else if (s instanceof While w) {
            expr(w.test);
            stmts(w.body);
            stmts(w.orelse);
        } else if (s instanceof If i) {
            expr(i.test);
            stmts(i.body);
            stmts(i.orelse);
        } else if (s instanceof Match m) {
            expr(m.subject);
            for (MatchCase c : m.cases) {
                pattern(c.pattern);
                if (c.guard != null) {
                    expr(c.guard);
                }
                stmts(c.body);
            }
        } else if (s instanceof Raise r) {
            if (r.exc != null) {
                expr(r.exc);
                if (r.cause != null) {
                    expr(r.cause);
                }
            }
        } else if (s instanceof Try t) {
            tryStatement(t.body, t.orelse, t.handlers, t.finalbody);
        } else if (s instanceof TryStar t) {
            tryStatement(t.body, t.orelse, t.handlers, t.finalbody);
        } else if (s instanceof Assert a) {
            expr(a.test);
            if (a.msg != null) {
                expr(a.msg);
            }
        } else if (s instanceof Import i) {
            for (Alias a : i.names) {
                alias(a);
            }
        } else if (s instanceof ImportFrom i) {
            for (Alias a : i.names) {
                alias(a);
            }
        } else if (s instanceof Global g) {
            directive(g.names, g, true);
        } else if (s instanceof Nonlocal n) {
            directive(n.names, n, false);
        } else if (s instanceof ExprStmt e) {
            expr(e.value);
        } else if (s instanceof With w) {
            for (WithItem item : w.items) {
                expr(item.contextExpr);
                if (item.optionalVars != null) {
                    expr(item.optionalVars);
                }
            }
            stmts(w.body);
        } else if (s instanceof AsyncWith w) {
            for (WithItem item : w.items) {
                expr(item.contextExpr);
                if (item.optionalVars != null) {
                    expr(item.optionalVars);
                }
            }
            stmts(w.body);
        }
        // Pass, Break, Continue: nothing
    }

    /** For and AsyncFor bind and visit the same way. */
    private void forLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        expr(target);
        expr(iter);
        stmts(body);
        stmts(orelse);
    }

    /** Try and TryStar are visited the same way, else part before the handlers. */
    private void tryStatement(List<Stmt> body, List<Stmt> orelse, List<ExceptHandler> handlers,
            List<Stmt> finalbody) {
        stmts(body);
        stmts(orelse);
        handlers(handlers);
        stmts(finalbody);
    }

    private void handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            if (h.type != null) {
                expr(h.type);
            }
            if (h.name != null) {
                addDef(h.name, Scope.DEF_LOCAL, h);
            }
            stmts(h.body);
        }
    }

    private void function(Stmt node, String name, Arguments args, List<Stmt> body,
                          List<Expr> decorators, Expr returns, boolean async) {
        addDef(name, Scope.DEF_LOCAL, node);
        exprs(args.defaults);
        exprs(args.kwDefaults);
        annotations(args, returns);
        exprs(decorators);
        enter(name, Scope.Kind.FUNCTION, node, node.lineno);
        if (async) {
            cur.coroutine = true;
        }
        arguments(args);
        stmts(body);
        exit();
    }

    private void annotations(Arguments a, Expr returns) {
        for (Arg arg : a.posonlyargs) {
            annotation(arg.annotation);
        }
        for (Arg arg : a.args) {
            annotation(arg.annotation);
        }
        if (a.vararg != null) {
            annotation(a.vararg.annotation);
        }
        if (a.kwarg != null) {
            annotation(a.kwarg.annotation);
        }
        for (Arg arg : a.kwonlyargs) {
            annotation(arg.annotation);
        }
        annotation(returns);
    }

    private void annotation(Expr e) {
        if (e == null) {
            return;
        }
        if (futureAnnotations) {
            enter("_annotation", Scope.Kind.ANNOTATION, e, e.lineno);
            expr(e);
            exit();
        } else {
            expr(e);
        }
    }

    private void arguments(Arguments a) {
        for (Arg arg : a.posonlyargs) {
            addDef(arg.arg, Scope.DEF_PARAM, arg);
        }
        for (Arg arg : a.args) {
            addDef(arg.arg, Scope.DEF_PARAM, arg);
        }
        for (Arg arg : a.kwonlyargs) {
            addDef(arg.arg, Scope.DEF_PARAM, arg);
        }
        if (a.vararg != null) {
            addDef(a.vararg.arg, Scope.DEF_PARAM, a.vararg);
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, Scope.DEF_PARAM, a.kwarg);
            cur.varkeywords = true;
        }
    }

    private void annAssign(AnnAssign a) {
        if (a.target instanceof Name n) {
            int flags = cur.flags(Mangler.mangle(cur.privateName, n.id));
            if ((flags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != top && a.simple != 0) {
                err(((flags & Scope.DEF_GLOBAL) != 0 ? "annotated name '" + n.id + "' can't be global"
                        : "annotated name '" + n.id + "' can't be nonlocal"), a);
            }
            if (a.simple != 0) {
                addDef(n.id, Scope.DEF_ANNOT | Scope.DEF_LOCAL, n);
            }
            if (a.value != null) {
                addDef(n.id, Scope.DEF_LOCAL, n);
            }
        } else {
            expr(a.target);
        }
        annotation(a.annotation);
        if (a.value != null) {
            expr(a.value);
        }
    }

    private void alias(Alias a) {
        String store = a.asname != null ? a.asname : a.name;
        int dot = store.indexOf('.');
        if (dot >= 0) {
            store = store.substring(0, dot);
        }
        if (store.equals("*")) {
            if (cur.kind != Scope.Kind.MODULE) {
                err("import * only allowed at module level", a);
            }
            return;
        }
        addDef(store, Scope.DEF_IMPORT, a);
    }

    private void directive(List<String> names, Stmt s, boolean global) {
        String what = global ? "global" : "nonlocal";
        for (String name : names) {
            int flags = cur.flags(Mangler.mangle(cur.privateName, name));
            if ((flags & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & Scope.DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & Scope.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                err(msg, s);
            }
            addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, s);
            cur.directives.putIfAbsent(Mangler.mangle(cur.privateName, name),
                    new int[] {s.lineno, s.colOffset, s.endLineno, s.endColOffset});
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof MatchValue v) {
            expr(v.value);
        } else if (p instanceof MatchSequence s) {
            for (Pattern q : s.patterns) {
                pattern(q);
            }
        } else if (p instanceof MatchStar s) {
            if (s.name != null) {
                addDef(s.name, Scope.DEF_LOCAL, s);
            }
        } else if (p instanceof MatchMapping m) {
            exprs(m.keys);
            for (Pattern q : m.patterns) {
                pattern(q);
            }
            if (m.rest != null) {
                addDef(m.rest, Scope.DEF_LOCAL, m);
            }
        } else if (p instanceof MatchClass c) {
            expr(c.cls);
            for (Pattern q : c.patterns) {
                pattern(q);
            }
            for (Pattern q : c.kwdPatterns) {
                pattern(q);
            }
        } else if (p instanceof MatchAs a) {
            if (a.pattern != null) {
                pattern(a.pattern);
            }
            if (a.name != null) {
                addDef(a.name, Scope.DEF_LOCAL, a);
            }
        } else if (p instanceof MatchOr o) {
            for (Pattern q : o.patterns) {
                pattern(q);
            }
        }
    }

    private void raiseIfAnnotation(String what, Expr e) {
        if (cur.kind == Scope.Kind.ANNOTATION) {
            err(what + " cannot be used within an annotation", e);
        }
    }

    private void expr1(Expr e) {
        if (e instanceof NamedExpr n) {
            raiseIfAnnotation("named expression", e);
            namedExpr(n);
        } else if (e instanceof BoolOp b) {
            exprs(b.values);
        } else if (e instanceof BinOp b) {
            expr(b.left);
            expr(b.right);
        } else if (e instanceof UnaryOp u) {
            expr(u.operand);
        } else if (e instanceof Lambda l) {
            exprs(l.args.defaults);
            exprs(l.args.kwDefaults);
            enter("lambda", Scope.Kind.FUNCTION, l, l.lineno);
            arguments(l.args);
            expr(l.body);
            exit();
        } else if (e instanceof IfExp i) {
            expr(i.test);
            expr(i.body);
            expr(i.orelse);
        } else if (e instanceof DictExpr d) {
            exprs(d.keys);
            exprs(d.values);
        } else if (e instanceof SetExpr s) {
            exprs(s.elts);
        } else if (e instanceof GeneratorExp g) {
            comprehension(e, "genexpr", g.generators, g.elt, null, Scope.Comprehension.GENERATOR);
        } else if (e instanceof ListComp l) {
            comprehension(e, "listcomp", l.generators, l.elt, null, Scope.Comprehension.LIST);
        } else if (e instanceof SetComp s) {
            comprehension(e, "setcomp", s.generators, s.elt, null, Scope.Comprehension.SET);
        } else if (e instanceof DictComp d) {
            comprehension(e, "dictcomp", d.generators, d.key, d.value, Scope.Comprehension.DICT);
        } else if (e instanceof Yield y) {
            raiseIfAnnotation("yield expression", e);
            if (y.value != null) {
                expr(y.value);
            }
            cur.generator = true;
            raiseIfComprehension(e);
        } else if (e instanceof YieldFrom y) {
            raiseIfAnnotation("yield expression", e);
            expr(y.value);
            cur.generator = true;
            raiseIfComprehension(e);
        } else if (e instanceof Await a) {
            raiseIfAnnotation("await expression", e);
            expr(a.value);
            cur.coroutine = true;
        } else if (e instanceof Compare c) {
            expr(c.left);
            exprs(c.comparators);
        } else if (e instanceof Call c) {
            expr(c.func);
            exprs(c.args);
            for (Keyword k : c.keywords) {
                expr(k.value);
            }
        } else if (e instanceof FormattedValue f) {
            expr(f.value);
            if (f.formatSpec != null) {
                expr(f.formatSpec);
            }
        } else if (e instanceof JoinedStr j) {
            exprs(j.values);
        } else if (e instanceof Attribute a) {
            expr(a.value);
        } else if (e instanceof Subscript s) {
            expr(s.value);
            expr(s.slice);
        } else if (e instanceof Starred s) {
            expr(s.value);
        } else if (e instanceof Slice s) {
            if (s.lower != null) {
                expr(s.lower);
            }
            if (s.upper != null) {
                expr(s.upper);
            }
            if (s.step != null) {
                expr(s.step);
            }
        } else if (e instanceof Name n) {
            addDef(n.id, n.ctx == ExprContext.Load ? Scope.USE : Scope.DEF_LOCAL, n);
            if (n.ctx == ExprContext.Load && cur.kind == Scope.Kind.FUNCTION && n.id.equals("super")) {
                addDef("__class__", Scope.USE, n);
            }
        } else if (e instanceof ListExpr l) {
            exprs(l.elts);
        } else if (e instanceof TupleExpr t) {
            exprs(t.elts);
        }
        // Constant: nothing
    }

    private void raiseIfComprehension(Expr e) {
        if (cur.comprehension != Scope.Comprehension.NONE) {
            err("'yield' inside " + cur.comprehension.description, e);
        }
    }

    private void namedExpr(NamedExpr e) {
        if (cur.compIterExpr > 0) {
            err("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (cur.comprehension != Scope.Comprehension.NONE) {
            extendNamedExprScope((Name) e.target);
        }
        expr(e.value);
        expr(e.target);
    }

    private void extendNamedExprScope(Name target) {
        String name = target.id;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != Scope.Comprehension.NONE) {
                if ((ste.flags(name) & Scope.DEF_COMP_ITER) != 0) {
                    err("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target);
                }
                continue;
            }
            if (ste.kind == Scope.Kind.FUNCTION) {
                if ((ste.flags(name) & Scope.DEF_GLOBAL) != 0) {
                    addDef(name, Scope.DEF_GLOBAL, target);
                } else {
                    addDef(name, Scope.DEF_NONLOCAL, target);
                }
                cur.directives.putIfAbsent(name, new int[] {target.lineno, target.colOffset,
                        target.endLineno, target.endColOffset});
                addDefIn(name, Scope.DEF_LOCAL, ste, target);
                return;
            }
            if (ste.kind == Scope.Kind.MODULE) {
                addDef(name, Scope.DEF_GLOBAL, target);
                cur.directives.putIfAbsent(name, new int[] {target.lineno, target.colOffset,
                        target.endLineno, target.endColOffset});
                addDefIn(name, Scope.DEF_GLOBAL, ste, target);
                return;
            }
            if (ste.kind == Scope.Kind.CLASS) {
                err("assignment expression within a comprehension cannot be used in a class body", target);
            }
        }
    }

    private void comprehension(Expr e, String scopeName, List<Comprehension> generators, Expr elt,
                               Expr value, Scope.Comprehension kind) {
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        expr(outermost.iter);
        cur.compIterExpr--;
        enter(scopeName, Scope.Kind.FUNCTION, e, e.lineno);
        cur.comprehension = kind;
        if (outermost.isAsync != 0) {
            cur.coroutine = true;
        }
        addDef(".0", Scope.DEF_PARAM, e);
        cur.compIterTarget = true;
        expr(outermost.target);
        cur.compIterTarget = false;
        exprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            expr(g.target);
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(g.iter);
            cur.compIterExpr--;
            exprs(g.ifs);
            if (g.isAsync != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exit();
        if (isAsync && !isAsyncDef() && cur.comprehension == Scope.Comprehension.NONE
                && !(topLevelAwait && cur.kind == Scope.Kind.MODULE)) {
            err("asynchronous comprehension outside of an asynchronous function", e);
        }
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    private boolean isAsyncDef() {
        // The nearest function scope is an async def (CPython's IS_ASYNC_DEF checks the current
        // block's coroutine flag, set on entering an async def).
        return cur.kind == Scope.Kind.FUNCTION && cur.coroutine;
    }

    // ---------------------------------------------------------------- analysis

    private void analyze() {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (ste.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet()) {
            analyzeName(ste, en.getKey(), en.getValue(), bound, local, free, global);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.kind == Scope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> tempBound = new HashSet<>(newBound);
            Set<String> tempFree = new HashSet<>(newFree);
            Set<String> tempGlobal = new HashSet<>(newGlobal);
            analyzeBlock(child, tempBound, tempFree, tempGlobal);
            allFree.addAll(tempFree);
            if (child.hasFree || child.childHasFree) {
                ste.childHasFree = true;
            }
        }
        newFree.addAll(allFree);
        if (ste.kind == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Scope.Binding> en : ste.bindings.entrySet()) {
                if (en.getValue() == Scope.Binding.LOCAL && newFree.contains(en.getKey())) {
                    en.setValue(Scope.Binding.CELL);
                    newFree.remove(en.getKey());
                }
            }
        } else if (ste.kind == Scope.Kind.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste, bound, newFree, ste.kind == Scope.Kind.CLASS);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                directiveError(ste, name, "name '" + name + "' is nonlocal and global");
            }
            ste.bindings.put(name, Scope.Binding.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                directiveError(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                directiveError(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            ste.bindings.put(name, Scope.Binding.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            ste.bindings.put(name, Scope.Binding.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            ste.bindings.put(name, Scope.Binding.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            ste.bindings.put(name, Scope.Binding.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        ste.bindings.put(name, Scope.Binding.GLOBAL_IMPLICIT);
    }

    private void directiveError(Scope ste, String name, String msg) {
        int[] loc = ste.directives.get(name);
        if (loc == null) {
            throw CompileErrors.at(msg, filename, ste.lineno, 0, ste.lineno, 0);
        }
        throw CompileErrors.at(msg, filename, loc[0], loc[1], loc[2], loc[3]);
    }

    private void updateSymbols(Scope ste, Set<String> bound, Set<String> free, boolean classFlag) {
        for (String name : sortedForDeterminism(free)) {
            Integer flags = ste.symbols.get(name);
            if (flags != null) {
                if (classFlag && (flags & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, flags | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, Scope.DEF_FREE);
            ste.bindings.put(name, Scope.Binding.FREE);
        }
    }

    private static List<String> sortedForDeterminism(Set<String> names) {
        List<String> out = new ArrayList<>(names);
        out.sort(Scope::compareCodePoints);
        return out;
    }
}
