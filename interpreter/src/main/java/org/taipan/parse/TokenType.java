package org.taipan.parse;

/**
 * The kinds of token the {@link Tokenizer} produces. Mirrors CPython's exact token types: every
 * operator and every hard keyword has its own kind, so the parser compares enum constants rather
 * than strings. Soft keywords ({@code match}, {@code case}, {@code _}) stay {@link #NAME}.
 */
public enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    // Operators and delimiters, in CPython's Grammar/Tokens order.
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"),
    GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"),
    EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"),
    CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="),
    MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="),
    VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="),
    RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="),
    // Hard keywords.
    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
    ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
    DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"),
    FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"),
    LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
    RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield"),
    /**
     * A {@code # type: ...} comment when type comments are asked for ({@code ast.parse(...,
     * type_comments=True)}); its text is what follows the prefix. Only the grammar's few type
     * comment positions accept it (type: ignore comments never reach the parser).
     */
    TYPE_COMMENT,
    /**
     * A character or operator CPython's tokenizer passes on but no grammar rule accepts
     * ({@code $ ? ! `} and {@code <>}); the parser reports "invalid syntax" at it. Its text is the
     * source text. Not a keyword despite coming last.
     */
    ERRORTOKEN;

    /** The fixed spelling of an operator or keyword; {@code null} for the other kinds. */
    public final String text;

    TokenType() {
        this(null);
    }

    TokenType(String text) {
        this.text = text;
    }

    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal() && ordinal() <= YIELD.ordinal();
    }
}
