package org.taipan.compile;

import java.util.ArrayList;
import java.util.List;
import org.taipan.ast.BinOp;
import org.taipan.ast.Constant;
import org.taipan.ast.Expr;
import org.taipan.ast.FormattedValue;
import org.taipan.ast.JoinedStr;

/**
 * CPython 3.11's AST optimisation of {@code "literal %s %r" % (a, b)}: when every conversion is
 * a plain {@code %s}, {@code %r} or {@code %a} (with at most a two-digit width and precision) and
 * the item count matches, the expression becomes the equivalent f-string. The literal pieces
 * carry no position, so their instructions take the previous instruction's line.
 */
final class PercentFormatFolder {
    private static final int MAXDIGITS = 3;

    private PercentFormatFolder() {
    }

    static Expr optimize(BinOp node, String fmt, List<Expr> elts) {
        int[] cps = fmt.codePoints().toArray();
        int[] pos = {0};
        int cnt = 0;
        List<Expr> seq = new ArrayList<>();
        while (true) {
            Constant lit = literal(cps, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= cps.length) {
                break;
            }
            if (cnt >= elts.size()) {
                return node;
            }
            pos[0]++;
            Expr e = format(cps, pos, elts.get(cnt));
            cnt++;
            if (e == null) {
                return node;
            }
            seq.add(e);
        }
        if (cnt < elts.size()) {
            return node;
        }
        return new JoinedStr(seq, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
    }

    private static Constant literal(int[] cps, int[] ppos) {
        int start = ppos[0];
        int pos = start;
        boolean percents = false;
        while (pos < cps.length) {
            if (cps[pos] != '%') {
                pos++;
            } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                percents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String str = new String(cps, start, pos - start);
        if (percents) {
            str = str.replace("%%", "%");
        }
        return new Constant(str, null, -1, -1, -1, -1);
    }

    private static Expr format(int[] cps, int[] ppos, Expr arg) {
        int pos = ppos[0];
        int width = -1;
        int prec = -1;
        boolean ljust = false;
        int ch;
        while (true) {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            if (ch == '-') {
                ljust = true;
                continue;
            }
            if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
                continue;
            }
            break;
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            prec = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.length() == 0 ? null : new Constant(spec.toString(), null, -1, -1, -1, -1);
        return new FormattedValue(arg, ch, formatSpec, arg.lineno, arg.colOffset, arg.endLineno, arg.endColOffset);
    }
}
