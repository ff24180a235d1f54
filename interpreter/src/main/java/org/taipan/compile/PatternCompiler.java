package org.taipan.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.*;

/**
 * Code generation for {@code match} statements, following CPython 3.11's pattern compiler: the
 * subject stays on the stack while each case's pattern is tried; captured values are kept on the
 * stack (rotated under the items still needed) and stored only when the whole pattern matched;
 * failure jumps go to "fail_pop" blocks that pop exactly what is on the stack at that point.
 */
final class PatternCompiler {
    private final CodeGenerator g;
    /** Names captured so far by the current pattern, in stack order. */
    private List<String> stores;
    private boolean allowIrrefutable;
    private List<BasicBlock> failPop;
    /** How many items are on top of the stack above the captures. */
    private int onTop;

    PatternCompiler(CodeGenerator g) {
        this.g = g;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs a && a.pattern == null && a.name == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof MatchStar s && s.name == null;
    }

    void match(Match s) {
        g.expr(s.subject);
        BasicBlock end = g.newBlock();
        int cases = s.cases.size();
        MatchCase m = s.cases.get(cases - 1);
        int hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
        for (int i = 0; i < cases - hasDefault; i++) {
            m = s.cases.get(i);
            g.setLoc((Located) m.pattern);
            if (i != cases - hasDefault - 1) {
                g.addOp(Opcode.COPY, 1);
            }
            stores = new ArrayList<>();
            allowIrrefutable = m.guard != null || i == cases - 1;
            failPop = new ArrayList<>();
            onTop = 0;
            pattern(m.pattern);
            for (String name : stores) {
                g.nameOp(name, ExprContext.Store);
            }
            if (m.guard != null) {
                ensureFailPop(0);
                g.jumpIf(m.guard, failPop.get(0), false);
            }
            if (i != cases - hasDefault - 1) {
                g.addOp(Opcode.POP_TOP);
            }
            g.stmts(m.body);
            g.unsetLoc();
            g.jump(Opcode.JUMP, end);
            g.setLoc((Located) m.pattern);
            emitAndResetFailPop();
        }
        if (hasDefault == 1) {
            m = s.cases.get(cases - 1);
            g.setLoc((Located) m.pattern);
            if (cases == 1) {
                g.addOp(Opcode.POP_TOP);
            } else {
                g.addOp(Opcode.NOP);
            }
            if (m.guard != null) {
                g.jumpIf(m.guard, end, false);
            }
            g.stmts(m.body);
        }
        g.useNextBlock(end);
    }

    private void ensureFailPop(int n) {
        while (failPop.size() < n + 1) {
            failPop.add(g.newBlock());
        }
    }

    private void jumpToFailPop(Opcode op) {
        int pops = onTop + stores.size();
        ensureFailPop(pops);
        g.jump(op, failPop.get(pops));
        g.nextBlock();
    }

    private void emitAndResetFailPop() {
        if (failPop.isEmpty()) {
            return;
        }
        for (int i = failPop.size() - 1; i > 0; i--) {
            g.useNextBlock(failPop.get(i));
            g.addOp(Opcode.POP_TOP);
        }
        g.useNextBlock(failPop.get(0));
        failPop = new ArrayList<>();
    }

    private void rotate(int count) {
        while (count > 1) {
            g.addOp(Opcode.SWAP, count--);
        }
    }

    private void storeName(String n) {
        if (n == null) {
            g.addOp(Opcode.POP_TOP);
            return;
        }
        g.checkForbidden(n, ExprContext.Store);
        if (stores.contains(n)) {
            throw g.error("multiple assignments to name '" + n + "' in pattern");
        }
        rotate(onTop + stores.size() + 1);
        stores.add(n);
    }

    private void subpattern(Pattern p) {
        boolean old = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p);
        allowIrrefutable = old;
    }

    private void pattern(Pattern p) {
        g.setLoc((Located) p);
        if (p instanceof MatchValue v) {
            if (!(v.value instanceof Constant) && !(v.value instanceof Attribute)) {
                throw g.error("patterns may only match literals and attribute lookups");
            }
            g.expr(v.value);
            g.compareOp(ComparisonOperator.Eq);
            jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof MatchSingleton s) {
            g.loadConst(s.value);
            g.compareOp(ComparisonOperator.Is);
            jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof MatchSequence s) {
            sequence(s);
        } else if (p instanceof MatchMapping m) {
            mapping(m);
        } else if (p instanceof MatchClass c) {
            classPattern(c);
        } else if (p instanceof MatchStar s) {
            storeName(s.name);
        } else if (p instanceof MatchAs a) {
            as(a);
        } else if (p instanceof MatchOr o) {
            or(o);
        }
    }

    private void as(MatchAs p) {
        if (p.pattern == null) {
            if (!allowIrrefutable) {
                if (p.name != null) {
                    throw g.error("name capture '" + p.name + "' makes remaining patterns unreachable");
                }
                throw g.error("wildcard makes remaining patterns unreachable");
            }
            storeName(p.name);
            return;
        }
        onTop++;
        g.addOp(Opcode.COPY, 1);
        pattern(p.pattern);
        onTop--;
        storeName(p.name);
    }

    private void sequence(MatchSequence p) {
        List<Pattern> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (q instanceof MatchStar) {
                if (star >= 0) {
                    throw g.error("multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(q);
        }
        onTop++;
        g.addOp(Opcode.MATCH_SEQUENCE);
        jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            g.addOp(Opcode.GET_LEN);
            g.loadConst(BigInteger.valueOf(size));
            g.compareOp(ComparisonOperator.Eq);
            jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        } else if (size - 1 > 0) {
            g.addOp(Opcode.GET_LEN);
            g.loadConst(BigInteger.valueOf(size - 1));
            g.compareOp(ComparisonOperator.GtE);
            jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        }
        onTop--;
        if (onlyWildcard) {
            g.addOp(Opcode.POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star);
        } else {
            sequenceUnpack(patterns);
        }
    }

    private void sequenceUnpack(List<Pattern> patterns) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Pattern q = patterns.get(i);
            if (q instanceof MatchStar && !seenStar) {
                g.addOp(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            g.addOp(Opcode.UNPACK_SEQUENCE, n);
        }
        onTop += n;
        for (Pattern q : patterns) {
            onTop--;
            subpattern(q);
        }
    }

    private void sequenceSubscr(List<Pattern> patterns, int star) {
        onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (isWildcard(q) || i == star) {
                continue;
            }
            g.addOp(Opcode.COPY, 1);
            if (i < star) {
                g.loadConst(BigInteger.valueOf(i));
            } else {
                g.addOp(Opcode.GET_LEN);
                g.loadConst(BigInteger.valueOf(size - i));
                g.addOp(Opcode.BINARY_OP, BinaryOp.SUBTRACT.ordinal());
            }
            g.addOp(Opcode.BINARY_SUBSCR);
            subpattern(q);
        }
        onTop--;
        g.addOp(Opcode.POP_TOP);
    }

    private void mapping(MatchMapping p) {
        List<Expr> keys = p.keys;
        int size = keys.size();
        String starTarget = p.rest;
        onTop++;
        g.addOp(Opcode.MATCH_MAPPING);
        jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            onTop--;
            g.addOp(Opcode.POP_TOP);
            return;
        }
        if (size > 0) {
            g.addOp(Opcode.GET_LEN);
            g.loadConst(BigInteger.valueOf(size));
            g.compareOp(ComparisonOperator.GtE);
            jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        }
        List<Object> seen = new ArrayList<>();
        for (Expr key : keys) {
            if (key instanceof Constant c) {
                for (Object o : seen) {
                    if (ConstantFolder.pyEquals(o, c.value)) {
                        throw g.error("mapping pattern checks duplicate key (" + CodeRepr.repr(c.value) + ")");
                    }
                }
                seen.add(c.value);
            } else if (!(key instanceof Attribute)) {
                throw g.error("mapping pattern keys may only match literals and attribute lookups");
            }
            g.expr(key);
        }
        g.addOp(Opcode.BUILD_TUPLE, size);
        g.addOp(Opcode.MATCH_KEYS);
        onTop += 2;
        g.addOp(Opcode.COPY, 1);
        g.loadConst(null);
        g.addOp(Opcode.IS_OP, 1);
        jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        g.addOp(Opcode.UNPACK_SEQUENCE, size);
        onTop += size - 1;
        for (Pattern q : p.patterns) {
            onTop--;
            subpattern(q);
        }
        onTop -= 2;
        if (starTarget != null) {
            g.addOp(Opcode.BUILD_MAP, 0);
            g.addOp(Opcode.SWAP, 3);
            g.addOp(Opcode.DICT_UPDATE, 2);
            g.addOp(Opcode.UNPACK_SEQUENCE, size);
            while (size > 0) {
                g.addOp(Opcode.COPY, 1 + size--);
                g.addOp(Opcode.SWAP, 2);
                g.addOp(Opcode.DELETE_SUBSCR);
            }
            storeName(starTarget);
        } else {
            g.addOp(Opcode.POP_TOP);
            g.addOp(Opcode.POP_TOP);
        }
    }

    private void classPattern(MatchClass p) {
        List<Pattern> patterns = p.patterns;
        List<String> kwdAttrs = p.kwdAttrs;
        List<Pattern> kwdPatterns = p.kwdPatterns;
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                String attr = kwdAttrs.get(i);
                g.setLoc((Located) kwdPatterns.get(i));
                g.checkForbidden(attr, ExprContext.Store);
                for (int j = i + 1; j < nattrs; j++) {
                    if (attr.equals(kwdAttrs.get(j))) {
                        g.setLoc((Located) kwdPatterns.get(j));
                        throw g.error("attribute name repeated in class pattern: " + attr);
                    }
                }
            }
            g.setLoc(p);
        }
        g.expr(p.cls);
        g.loadConst(new ConstantTuple(kwdAttrs.toArray()));
        g.addOp(Opcode.MATCH_CLASS, nargs);
        g.addOp(Opcode.COPY, 1);
        g.loadConst(null);
        g.addOp(Opcode.IS_OP, 1);
        onTop++;
        jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
        g.addOp(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            onTop--;
            Pattern q = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(q)) {
                g.addOp(Opcode.POP_TOP);
                continue;
            }
            subpattern(q);
        }
    }

    private void or(MatchOr p) {
        BasicBlock end = g.newBlock();
        int size = p.patterns.size();
        List<String> oldStores = stores;
        boolean oldAllow = allowIrrefutable;
        List<BasicBlock> oldFailPop = failPop;
        int oldOnTop = onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns.get(i);
            g.setLoc((Located) alt);
            stores = new ArrayList<>();
            allowIrrefutable = i == size - 1 && oldAllow;
            failPop = new ArrayList<>();
            onTop = 0;
            g.addOp(Opcode.COPY, 1);
            pattern(alt);
            int nstores = stores.size();
            if (i == 0) {
                control = stores;
            } else if (nstores != control.size()) {
                throw g.error("alternative patterns bind different names");
            } else if (nstores > 0) {
                int icontrol = nstores;
                while (icontrol-- > 0) {
                    String name = control.get(icontrol);
                    int istores = stores.indexOf(name);
                    if (istores < 0) {
                        throw g.error("alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(stores.subList(0, rotations));
                        stores.subList(0, rotations).clear();
                        stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(icontrol + 1);
                        }
                    }
                }
            }
            g.jump(Opcode.JUMP, end);
            emitAndResetFailPop();
        }
        stores = oldStores;
        allowIrrefutable = oldAllow;
        failPop = oldFailPop;
        onTop = oldOnTop;
        g.addOp(Opcode.POP_TOP);
        jumpToFailPop(Opcode.JUMP);
        g.useNextBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + onTop + stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (stores.contains(name)) {
                throw g.error("multiple assignments to name '" + name + "' in pattern");
            }
            stores.add(name);
        }
        g.addOp(Opcode.POP_TOP);
    }
}
