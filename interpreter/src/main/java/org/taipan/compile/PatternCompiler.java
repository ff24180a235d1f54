package org.taipan.compile;

import org.taipan.ast.Match;

/** Code generation for {@code match} statements, following CPython 3.11's pattern compiler. */
final class PatternCompiler {
    private final CodeGenerator g;

    PatternCompiler(CodeGenerator g) {
        this.g = g;
    }

    void match(Match m) {
        throw g.error("match statements are not supported yet");
    }
}
