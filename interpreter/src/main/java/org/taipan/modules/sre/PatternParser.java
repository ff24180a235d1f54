package org.taipan.modules.sre;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.objects.PyUnicode;

/**
 * Python's regular-expression syntax to a {@link Node} tree, with CPython's error messages and
 * positions. Inline flags are resolved while parsing: each node carries the case folding,
 * multiline, dot-all and ASCII/Unicode choices in force where it was written.
 */
final class PatternParser {
    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int DEBUG = 128;
    static final int ASCII = 256;
    private static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    static final long MAXREPEAT = 4294967295L;
    private static final long MAXGROUPS = 1073741823L;

    private final int[] p;
    private final boolean bytes;
    private int i;
    private int globalFlags;
    private int groups;
    final Map<String, Integer> groupIndex = new LinkedHashMap<>();
    private final Set<Integer> openGroups = new HashSet<>();
    private final List<long[]> groupWidths = new ArrayList<>();
    /** Groups numbered at or above this were opened inside the look-behind being parsed; -1 outside. */
    private int lookbehindGroups = -1;
    /** FutureWarning texts about syntax that may change meaning ("Possible nested set ..."). */
    private final List<String> warnings;
    /** Conditions naming a group number not yet opened: {group, position}. */
    private final List<int[]> forwardConditions = new ArrayList<>();

    private PatternParser(int[] p, boolean bytes, int flags, List<String> warnings) {
        this.warnings = warnings;
        this.p = p;
        this.bytes = bytes;
        this.globalFlags = flags;
        groupWidths.add(new long[] {0, 0});
    }

    /** The parse of a whole pattern. */
    static ParsedPattern parse(int[] pattern, boolean bytes, int flags) {
        return parse(pattern, bytes, flags, new ArrayList<>());
    }

    /** The parse of a whole pattern; FutureWarning texts go to {@code warnings} as they are found. */
    static ParsedPattern parse(int[] pattern, boolean bytes, int flags, List<String> warnings) {
        PatternParser parser = new PatternParser(pattern, bytes, flags, warnings);
        Node root = parser.parseAlternation(flags, 0);
        if (parser.i < pattern.length) {
            throw new PatternError("unbalanced parenthesis", parser.i);
        }
        for (int[] ref : parser.forwardConditions) {
            if (ref[0] > parser.groups) {
                throw new PatternError("invalid group reference " + ref[0], ref[1]);
            }
        }
        int finalFlags = fixFlags(parser.globalFlags, bytes);
        if ((finalFlags & TEMPLATE) != 0) {
            rejectRepeats(root);
        }
        return new ParsedPattern(root, finalFlags, parser.groups, parser.groupIndex);
    }

    /** The TEMPLATE flag (deprecated) forbids repeats: CPython's compiler rejects the first one. */
    private static void rejectRepeats(Node node) {
        if (node instanceof Node.Repeat) {
            int kind = ((Node.Repeat) node).kind;
            throw new PatternError("internal: unsupported template operator " + (kind == Node.Repeat.GREEDY
                    ? "MAX_REPEAT" : kind == Node.Repeat.LAZY ? "MIN_REPEAT" : "POSSESSIVE_REPEAT"), -1);
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof Node.Seq) {
            children.addAll(((Node.Seq) node).items);
        } else if (node instanceof Node.Alt) {
            children.addAll(((Node.Alt) node).branches);
        } else if (node instanceof Node.Group) {
            children.add(((Node.Group) node).body);
        } else if (node instanceof Node.Atomic) {
            children.add(((Node.Atomic) node).body);
        } else if (node instanceof Node.Look) {
            children.add(((Node.Look) node).body);
        } else if (node instanceof Node.Conditional) {
            children.add(((Node.Conditional) node).yes);
            if (((Node.Conditional) node).no != null) {
                children.add(((Node.Conditional) node).no);
            }
        }
        for (Node child : children) {
            rejectRepeats(child);
        }
    }

    /** CPython's {@code fix_flags}: the flags of the compiled pattern, or the ValueError of a conflict. */
    static int fixFlags(int flags, boolean bytes) {
        if (!bytes) {
            if ((flags & LOCALE) != 0) {
                throw new PatternError("cannot use LOCALE flag with a str pattern", -1, false, true);
            }
            if ((flags & ASCII) == 0) {
                flags |= UNICODE;
            } else if ((flags & UNICODE) != 0) {
                throw new PatternError("ASCII and UNICODE flags are incompatible", -1, false, true);
            }
        } else {
            if ((flags & UNICODE) != 0) {
                throw new PatternError("cannot use UNICODE flag with a bytes pattern", -1, false, true);
            }
            if ((flags & LOCALE) != 0 && (flags & ASCII) != 0) {
                throw new PatternError("ASCII and LOCALE flags are incompatible", -1, false, true);
            }
        }
        return flags;
    }

    private boolean more() {
        return i < p.length;
    }

    private boolean at(int c) {
        return i < p.length && p[i] == c;
    }

    private String text(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < Math.min(to, p.length); k++) {
            sb.appendCodePoint(p[k]);
        }
        return sb.toString();
    }

    private int fold(int flags) {
        if ((flags & IGNORECASE) == 0) {
            return CharSet.FOLD_NONE;
        }
        return bytes || (flags & (ASCII | LOCALE)) != 0 ? CharSet.FOLD_ASCII : CharSet.FOLD_UNICODE;
    }

    private boolean unicode(int flags) {
        return !bytes && (flags & ASCII) == 0;
    }

    private Node parseAlternation(int flags, int depth) {
        List<Node> branches = new ArrayList<>();
        while (true) {
            // At the top level the flags are the global ones, which "(?x)" at the start may extend.
            int branchFlags = depth == 0 ? globalFlags : flags;
            branches.add(parseSequence(branchFlags, depth, depth == 0 && branches.isEmpty()));
            if (!at('|')) {
                break;
            }
            i++;
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        return singleCharacterBranches(branches);
    }

    /** {@code a|b|[cd]} as one set (so a repeat of it needs no stack), else the alternation. */
    private static Node singleCharacterBranches(List<Node> branches) {
        List<Node.Char> chars = new ArrayList<>();
        for (Node b : branches) {
            if (!(b instanceof Node.Char)) {
                return new Node.Alt(branches);
            }
            chars.add((Node.Char) b);
        }
        CharSet union = CharSet.union(chars);
        return union == null ? new Node.Alt(branches) : new Node.Char(-1, union, false, false);
    }

    private Node parseSequence(int flags, int depth, boolean first) {
        List<Node> items = new ArrayList<>();
        while (more()) {
            int c = p[i];
            if (c == '|' || c == ')') {
                break;
            }
            int start = i;
            i++;
            if ((flags & VERBOSE) != 0) {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 11 || c == 12) {
                    continue;
                }
                if (c == '#') {
                    while (more() && p[i] != '\n') {
                        i++;
                    }
                    continue;
                }
            }
            switch (c) {
                case '[':
                    items.add(parseClass(start, flags));
                    break;
                case '\\':
                    items.add(parseEscape(start, flags));
                    break;
                case '.':
                    items.add(new Node.Char(-1, null, true, (flags & DOTALL) != 0));
                    break;
                case '^':
                    items.add(new Node.Anchor((flags & MULTILINE) != 0 ? Node.Anchor.BEGINNING_LINE
                            : Node.Anchor.BEGINNING, false));
                    break;
                case '$':
                    items.add(new Node.Anchor((flags & MULTILINE) != 0 ? Node.Anchor.END_LINE
                            : Node.Anchor.END, false));
                    break;
                case '*': case '+': case '?': case '{':
                    if (!parseRepeat(c, start, items)) {
                        items.add(literal('{', flags));
                    }
                    break;
                case '(': {
                    int[] newFlags = {flags};
                    Node g = parseGroup(start, flags, depth, first && items.isEmpty(), newFlags);
                    if (g != null) {
                        items.add(g);
                    } else if (newFlags[0] != flags) {
                        flags = newFlags[0];
                    }
                    break;
                }
                default:
                    items.add(literal(c, flags));
            }
        }
        return items.size() == 1 ? items.get(0) : new Node.Seq(items);
    }

    private Node literal(int c, int flags) {
        int fold = fold(flags);
        if (fold != CharSet.FOLD_NONE) {
            int[] variants = fold == CharSet.FOLD_ASCII ? CaseFolding.asciiVariants(c) : CaseFolding.variants(c);
            if (variants.length > 0) {
                List<int[]> r = new ArrayList<>();
                r.add(new int[] {c, c});
                return new Node.Char(-1, new CharSet(r, new ArrayList<>(), false, false, fold), false, false);
            }
        }
        return new Node.Char(c, null, false, false);
    }

    /** Applies a quantifier to the last item; false when a '{' turns out to be a literal. */
    private boolean parseRepeat(int c, int start, List<Node> items) {
        long min;
        long max;
        if (c == '*') {
            min = 0;
            max = MAXREPEAT;
        } else if (c == '+') {
            min = 1;
            max = MAXREPEAT;
        } else if (c == '?') {
            min = 0;
            max = 1;
        } else {
            if (at('}')) {
                return false;
            }
            int here = i;
            int loStart = i;
            while (more() && p[i] >= '0' && p[i] <= '9') {
                i++;
            }
            String lo = text(loStart, i);
            String hi = lo;
            if (at(',')) {
                i++;
                int hiStart = i;
                while (more() && p[i] >= '0' && p[i] <= '9') {
                    i++;
                }
                hi = text(hiStart, i);
            }
            if (!at('}')) {
                i = here;
                return false;
            }
            i++;
            min = 0;
            max = MAXREPEAT;
            if (!lo.isEmpty()) {
                min = bigNumber(lo);
                if (min >= MAXREPEAT) {
                    throw new PatternError("the repetition number is too large", -1, true, false);
                }
            }
            if (!hi.isEmpty()) {
                max = bigNumber(hi);
                if (max >= MAXREPEAT) {
                    throw new PatternError("the repetition number is too large", -1, true, false);
                }
                if (max < min) {
                    throw new PatternError("min repeat greater than max repeat", here);
                }
            }
        }
        Node item = items.isEmpty() ? null : items.get(items.size() - 1);
        if (item == null || item instanceof Node.Anchor) {
            throw new PatternError("nothing to repeat", start);
        }
        if (item instanceof Node.Repeat) {
            throw new PatternError("multiple repeat", start);
        }
        int kind = Node.Repeat.GREEDY;
        if (at('?')) {
            i++;
            kind = Node.Repeat.LAZY;
        } else if (at('+')) {
            i++;
            kind = Node.Repeat.POSSESSIVE;
        }
        while (item instanceof Node.Group && ((Node.Group) item).index == 0) {
            // A non-capturing group is only syntax here (its flags live in its nodes).
            item = ((Node.Group) item).body;
        }
        items.set(items.size() - 1, new Node.Repeat(min, max == MAXREPEAT ? Node.UNBOUNDED : max, kind, item));
        return true;
    }

    private static long bigNumber(String digits) {
        return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    // ---- escapes -------------------------------------------------------------------------

    private Node parseEscape(int start, int flags) {
        if (!more()) {
            throw new PatternError("bad escape (end of pattern)", start);
        }
        int c = p[i++];
        switch (c) {
            case 'A':
                return new Node.Anchor(Node.Anchor.BEGINNING_STRING, false);
            case 'Z':
                return new Node.Anchor(Node.Anchor.END_STRING, false);
            case 'b':
                return new Node.Anchor(Node.Anchor.BOUNDARY, unicode(flags));
            case 'B':
                return new Node.Anchor(Node.Anchor.NON_BOUNDARY, unicode(flags));
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
                return new Node.Char(-1, CharSet.category(category(c), unicode(flags)), false, false);
            default:
        }
        if (c >= '1' && c <= '9') {
            int numStart = i - 1;
            if (more() && p[i] >= '0' && p[i] <= '9') {
                if (c <= '7' && p[i] <= '7' && i + 1 < p.length && p[i + 1] >= '0' && p[i + 1] <= '7') {
                    int v = (c - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
                    i += 2;
                    if (v > 0377) {
                        throw new PatternError("octal escape value " + text(start, i)
                                + " outside of range 0-0o377", start);
                    }
                    return literal(v, flags);
                }
                i++;
            }
            int group = Integer.parseInt(text(numStart, i));
            if (group < groups + 1) {
                if (openGroups.contains(group)) {
                    throw new PatternError("cannot refer to an open group", start);
                }
                checkLookbehindGroup(group);
                long[] w = groupWidths.get(group);
                return new Node.BackRef(group, fold(flags), w[0], w[1]);
            }
            throw new PatternError("invalid group reference " + group, start + 1);
        }
        int v = simpleEscape(c, start, false);
        return literal(v, flags);
    }

    private static int category(int c) {
        switch (c) {
            case 'd':
                return CharCategory.DIGIT;
            case 'D':
                return CharCategory.NOT_DIGIT;
            case 's':
                return CharCategory.SPACE;
            case 'S':
                return CharCategory.NOT_SPACE;
            case 'w':
                return CharCategory.WORD;
            default:
                return CharCategory.NOT_WORD;
        }
    }

    /**
     * The code point of an escape that stands for one character ({@code c} already read), in
     * or out of a class; raises "bad escape" for the letters Python reserves.
     */
    private int simpleEscape(int c, int start, boolean inClass) {
        switch (c) {
            case 'a':
                return 7;
            case 'f':
                return 12;
            case 'n':
                return 10;
            case 'r':
                return 13;
            case 't':
                return 9;
            case 'v':
                return 11;
            case '\\':
                return '\\';
            case 'x':
                return hexEscape(2, start);
            case 'u':
                if (!bytes) {
                    return hexEscape(4, start);
                }
                break;
            case 'U':
                if (!bytes) {
                    int v = hexEscape(8, start);
                    if (v < 0 || v > 0x10FFFF) {
                        throw new PatternError("bad escape " + text(start, i), start);
                    }
                    return v;
                }
                break;
            case 'N':
                if (!bytes) {
                    return namedEscape(start);
                }
                break;
            case '0': {
                int v = 0;
                for (int k = 0; k < 2 && more() && p[i] >= '0' && p[i] <= '7'; k++) {
                    v = v * 8 + p[i++] - '0';
                }
                return v;
            }
            default:
        }
        if (inClass && c >= '1' && c <= '7') {
            int v = c - '0';
            for (int k = 0; k < 2 && more() && p[i] >= '0' && p[i] <= '7'; k++) {
                v = v * 8 + p[i++] - '0';
            }
            if (v > 0377) {
                throw new PatternError("octal escape value " + text(start, i) + " outside of range 0-0o377", start);
            }
            return v;
        }
        if (c < 128 && (Character.isLetterOrDigit(c))) {
            throw new PatternError("bad escape " + text(start, i), start);
        }
        return c;
    }

    private int hexEscape(int digits, int start) {
        long v = 0;
        int k = 0;
        while (k < digits && more() && Character.digit(p[i], 16) >= 0 && p[i] < 128) {
            v = v * 16 + Character.digit(p[i], 16);
            i++;
            k++;
        }
        if (k < digits) {
            throw new PatternError("incomplete escape " + text(start, i), start);
        }
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private int namedEscape(int start) {
        if (!at('{')) {
            throw new PatternError("missing {", i);
        }
        i++;
        int nameStart = i;
        while (more() && p[i] != '}') {
            i++;
        }
        if (!more()) {
            if (nameStart == i) {
                throw new PatternError("missing character name", nameStart);
            }
            throw new PatternError("missing }, unterminated name", nameStart);
        }
        if (nameStart == i) {
            throw new PatternError("missing character name", nameStart);
        }
        String name = text(nameStart, i);
        i++;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw new PatternError("undefined character name " + PyUnicode.reprOf(name), start);
        }
    }

    // ---- classes -------------------------------------------------------------------------

    /** One item of a class: a code point, or a category (then {@code cp} is -1). */
    private int classItemCategory;

    private int classItem(int flags) {
        int start = i;
        int c = p[i++];
        classItemCategory = -1;
        if (c != '\\') {
            return c;
        }
        if (!more()) {
            throw new PatternError("bad escape (end of pattern)", start);
        }
        c = p[i++];
        switch (c) {
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
                classItemCategory = category(c);
                return -1;
            case 'b':
                return 8;
            default:
                return simpleEscape(c, start, true);
        }
    }

    private Node parseClass(int start, int flags) {
        List<int[]> ranges = new ArrayList<>();
        List<Integer> cats = new ArrayList<>();
        boolean negate = false;
        if (at('[')) {
            warnings.add("Possible nested set at position " + i);
        }
        if (at('^')) {
            i++;
            negate = true;
        }
        boolean firstItem = true;
        while (true) {
            if (!more()) {
                throw new PatternError("unterminated character set", start);
            }
            if (p[i] == ']' && !firstItem) {
                i++;
                break;
            }
            if (!firstItem && i + 1 < p.length && p[i + 1] == p[i] && "-&~|".indexOf(p[i]) >= 0) {
                warnings.add("Possible set " + setOperation(p[i]) + " at position " + i);
            }
            firstItem = false;
            int itemStart = i;
            int lo = classItem(flags);
            int loCat = classItemCategory;
            if (at('-')) {
                i++;
                if (!more()) {
                    throw new PatternError("unterminated character set", start);
                }
                if (p[i] == ']') {
                    addClassItem(ranges, cats, lo, loCat);
                    ranges.add(new int[] {'-', '-'});
                    i++;
                    break;
                }
                if (p[i] == '-') {
                    warnings.add("Possible set difference at position " + (i - 1));
                }
                int hiStart = i;
                int hi = classItem(flags);
                int hiCat = classItemCategory;
                if (loCat >= 0 || hiCat >= 0) {
                    throw new PatternError("bad character range " + text(itemStart, hiStart - 1) + "-"
                            + text(hiStart, i), itemStart);
                }
                if (hi < lo) {
                    throw new PatternError("bad character range " + text(itemStart, hiStart - 1) + "-"
                            + text(hiStart, i), itemStart);
                }
                ranges.add(new int[] {lo, hi});
            } else {
                addClassItem(ranges, cats, lo, loCat);
            }
        }
        CharSet set = new CharSet(ranges, cats, negate, unicode(flags), fold(flags));
        return new Node.Char(-1, set, false, false);
    }

    private static String setOperation(int c) {
        switch (c) {
            case '-':
                return "difference";
            case '&':
                return "intersection";
            case '~':
                return "symmetric difference";
            default:
                return "union";
        }
    }

    private static void addClassItem(List<int[]> ranges, List<Integer> cats, int cp, int cat) {
        if (cat >= 0) {
            cats.add(cat);
        } else {
            ranges.add(new int[] {cp, cp});
        }
    }

    // ---- groups --------------------------------------------------------------------------

    private boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        for (int k = Character.charCount(first); k < s.length(); ) {
            int c = s.codePointAt(k);
            if (!(c == '_' || Character.isUnicodeIdentifierPart(c)) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            k += Character.charCount(c);
        }
        return true;
    }

    /** Reads a name up to {@code terminator}, with CPython's messages for a missing one. */
    private String nameUntil(int terminator) {
        int nameStart = i;
        while (more() && p[i] != terminator) {
            i++;
        }
        if (i == nameStart) {
            throw new PatternError("missing group name", nameStart);
        }
        if (!more()) {
            throw new PatternError("missing " + (char) terminator + ", unterminated name", nameStart);
        }
        String name = text(nameStart, i);
        i++;
        return name;
    }

    private void checkLookbehindGroup(int group) {
        if (lookbehindGroups >= 0 && group >= lookbehindGroups) {
            throw new PatternError("cannot refer to group defined in the same lookbehind subpattern", i);
        }
    }

    private void expectClose(int start) {
        if (!at(')')) {
            throw new PatternError("missing ), unterminated subpattern", start);
        }
        i++;
    }

    /**
     * A group or extension at '(' ({@code start}); null for a comment or global flags (their new
     * flags then in {@code newFlags[0]}).
     */
    private Node parseGroup(int start, int flags, int depth, boolean first, int[] newFlags) {
        boolean capture = true;
        String name = null;
        int nameStart = -1;
        int subFlags = flags;
        if (at('?')) {
            i++;
            if (!more()) {
                throw new PatternError("unexpected end of pattern", i);
            }
            int c = p[i++];
            switch (c) {
                case 'P': {
                    if (!more()) {
                        throw new PatternError("unexpected end of pattern", i);
                    }
                    int c2 = p[i++];
                    if (c2 == '<') {
                        nameStart = i;
                        name = nameUntil('>');
                        if (!isIdentifier(name)) {
                            throw new PatternError("bad character in group name " + PyUnicode.reprOf(name), nameStart);
                        }
                    } else if (c2 == '=') {
                        int refStart = i;
                        String ref = nameUntil(')');
                        if (!isIdentifier(ref)) {
                            throw new PatternError("bad character in group name " + PyUnicode.reprOf(ref), refStart);
                        }
                        Integer gid = groupIndex.get(ref);
                        if (gid == null) {
                            throw new PatternError("unknown group name " + PyUnicode.reprOf(ref), refStart);
                        }
                        if (openGroups.contains(gid)) {
                            throw new PatternError("cannot refer to an open group", refStart);
                        }
                        checkLookbehindGroup(gid);
                        long[] w = groupWidths.get(gid);
                        return new Node.BackRef(gid, fold(flags), w[0], w[1]);
                    } else {
                        throw new PatternError("unknown extension ?P" + text(i - 1, i), start + 1);
                    }
                    break;
                }
                case ':':
                    capture = false;
                    break;
                case '#':
                    while (more() && p[i] != ')') {
                        i++;
                    }
                    if (!more()) {
                        throw new PatternError("missing ), unterminated comment", start);
                    }
                    i++;
                    return null;
                case '=': case '!': case '<': {
                    boolean behind = false;
                    boolean negated = c == '!';
                    if (c == '<') {
                        if (!more()) {
                            throw new PatternError("unexpected end of pattern", i);
                        }
                        int c2 = p[i++];
                        if (c2 != '=' && c2 != '!') {
                            throw new PatternError("unknown extension ?<" + text(i - 1, i), start + 1);
                        }
                        behind = true;
                        negated = c2 == '!';
                    }
                    int savedLookbehind = lookbehindGroups;
                    if (behind && lookbehindGroups < 0) {
                        lookbehindGroups = groups + 1;
                    }
                    Node body = parseAlternation(flags, depth + 1);
                    if (behind && savedLookbehind < 0) {
                        lookbehindGroups = -1;
                    }
                    expectClose(start);
                    if (behind) {
                        long lo = body.minWidth();
                        long hi = body.maxWidth();
                        if (lo != hi || hi >= MAXREPEAT) {
                            throw new PatternError("look-behind requires fixed-width pattern", -1);
                        }
                    }
                    return new Node.Look(behind, negated, body);
                }
                case '(':
                    return parseConditional(start, flags, depth);
                case '>': {
                    Node body = parseAlternation(flags, depth + 1);
                    expectClose(start);
                    return new Node.Atomic(body);
                }
                default:
                    if (isFlag(c) || c == '-') {
                        int[] addDel = parseFlags(c);
                        if (addDel == null) {
                            if (!first) {
                                throw new PatternError("global flags not at the start of the expression", start);
                            }
                            newFlags[0] = flags | globalFlags;
                            return null;
                        }
                        capture = false;
                        subFlags = (flags | addDel[0]) & ~addDel[1];
                        if ((addDel[0] & TYPE_FLAGS) != 0) {
                            subFlags = (subFlags & ~TYPE_FLAGS) | (addDel[0] & TYPE_FLAGS);
                        }
                        break;
                    }
                    throw new PatternError("unknown extension ?" + text(i - 1, i), start + 1);
            }
        }
        int gid = 0;
        if (capture) {
            gid = groups + 1;
            if (gid >= MAXGROUPS) {
                throw new PatternError("too many groups", start);
            }
            if (name != null) {
                Integer old = groupIndex.get(name);
                if (old != null) {
                    throw new PatternError("redefinition of group name " + PyUnicode.reprOf(name) + " as group " + gid
                            + "; was group " + old, nameStart);
                }
                groupIndex.put(name, gid);
            }
            groups = gid;
            groupWidths.add(new long[] {0, Node.UNBOUNDED});
            openGroups.add(gid);
        }
        Node body = parseAlternation(subFlags, depth + 1);
        expectClose(start);
        if (capture) {
            openGroups.remove(gid);
            groupWidths.set(gid, new long[] {body.minWidth(), body.maxWidth()});
            return new Node.Group(gid, body);
        }
        return new Node.Group(0, body);
    }

    private Node parseConditional(int start, int flags, int depth) {
        int condStart = i;
        String cond = nameUntil(')');
        int gid;
        if (isIdentifier(cond)) {
            Integer g = groupIndex.get(cond);
            if (g == null) {
                throw new PatternError("unknown group name " + PyUnicode.reprOf(cond), condStart);
            }
            gid = g;
        } else {
            if (!cond.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw new PatternError("bad character in group name " + PyUnicode.reprOf(cond), condStart);
            }
            long v = bigNumber(cond);
            if (v == 0) {
                throw new PatternError("bad group number", condStart);
            }
            if (v >= MAXGROUPS) {
                throw new PatternError("invalid group reference " + cond, condStart);
            }
            gid = (int) v;
            if (gid > groups) {
                // A later group may still define it: checked when the whole pattern is parsed.
                forwardConditions.add(new int[] {gid, condStart});
            }
        }
        checkLookbehindGroup(gid);
        Node yes = parseSequence(flags, depth + 1, false);
        Node no = null;
        if (at('|')) {
            i++;
            no = parseSequence(flags, depth + 1, false);
            if (at('|')) {
                throw new PatternError("conditional backref with more than two branches", i);
            }
        }
        expectClose(start);
        return new Node.Conditional(gid, yes, no);
    }

    private static boolean isFlag(int c) {
        return flagValue(c) != 0;
    }

    private static int flagValue(int c) {
        switch (c) {
            case 'a':
                return ASCII;
            case 'i':
                return IGNORECASE;
            case 'L':
                return LOCALE;
            case 'm':
                return MULTILINE;
            case 's':
                return DOTALL;
            case 'u':
                return UNICODE;
            case 'x':
                return VERBOSE;
            default:
                return 0;
        }
    }

    /** Inline flags after "(?" (first char {@code c} read): null for global flags, else {add, del}. */
    private int[] parseFlags(int c) {
        int add = 0;
        int del = 0;
        if (c != '-') {
            while (true) {
                int flag = flagValue(c);
                if (bytes && c == 'u') {
                    throw new PatternError("bad inline flags: cannot use 'u' flag with a bytes pattern", i);
                }
                if (!bytes && c == 'L') {
                    throw new PatternError("bad inline flags: cannot use 'L' flag with a str pattern", i);
                }
                add |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
                    throw new PatternError("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i);
                }
                if (!more()) {
                    throw new PatternError("missing -, : or )", i);
                }
                c = p[i++];
                if (c == ')' || c == '-' || c == ':') {
                    break;
                }
                if (!isFlag(c)) {
                    throw new PatternError(Character.isLetter(c) ? "unknown flag" : "missing -, : or )", i - 1);
                }
            }
        }
        if (c == ')') {
            globalFlags |= add;
            return null;
        }
        if (c == '-') {
            if (!more()) {
                throw new PatternError("missing flag", i);
            }
            c = p[i++];
            if (!isFlag(c)) {
                throw new PatternError(Character.isLetter(c) ? "unknown flag" : "missing flag", i - 1);
            }
            while (true) {
                int flag = flagValue(c);
                if ((flag & TYPE_FLAGS) != 0) {
                    throw new PatternError("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i);
                }
                del |= flag;
                if (!more()) {
                    throw new PatternError("missing :", i);
                }
                c = p[i++];
                if (c == ':') {
                    break;
                }
                if (!isFlag(c)) {
                    throw new PatternError(Character.isLetter(c) ? "unknown flag" : "missing :", i - 1);
                }
            }
        }
        if ((add & del) != 0) {
            throw new PatternError("bad inline flags: flag turned on and off", i - 1);
        }
        return new int[] {add, del};
    }

    /** The result of parsing: the tree, the final flags, the group count and names. */
    static final class ParsedPattern {
        final Node root;
        final int flags;
        final int groups;
        final Map<String, Integer> groupIndex;

        ParsedPattern(Node root, int flags, int groups, Map<String, Integer> groupIndex) {
            this.root = root;
            this.flags = flags;
            this.groups = groups;
            this.groupIndex = groupIndex;
        }
    }
}
