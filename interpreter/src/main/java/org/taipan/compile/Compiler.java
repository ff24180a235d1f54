package org.taipan.compile;

import org.taipan.ast.Alias;
import org.taipan.ast.Constant;
import org.taipan.ast.ExprStmt;
import org.taipan.ast.ImportFrom;
import org.taipan.ast.Interactive;
import org.taipan.ast.Mod;
import org.taipan.ast.Module;
import org.taipan.ast.Stmt;

/**
 * Compiles an AST into code: CPython's {@code compile()} after parsing. Future features first,
 * then the AST optimiser ({@link ConstantFolder}), the symbol table ({@link SymbolTable}), and
 * one {@link CodeData} per code block ({@link CodeGenerator}, {@link Assembler}).
 */
public final class Compiler {
    /** {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}: lets a module use await, async for and async with. */
    public static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    /** {@code CO_FUTURE_BARRY_AS_BDFL}. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;

    private Compiler() {
    }

    /**
     * Compiles a module ("exec"), expression ("eval") or interactive statement ("single").
     * {@code optimize} is {@code -O}'s level (0: asserts and {@code __debug__} kept). Compile-time
     * errors ({@code 'return' outside function}, …) are {@code SyntaxErrorException}s. The AST is
     * rewritten in place by constant folding.
     */
    public static CodeData compile(Mod tree, String filename, String mode, int flags, int optimize) {
        int[] future = futureFeatures(tree, filename);
        int features = future[0] | (flags & (CodeData.CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL));
        boolean futureAnnotations = (features & CodeData.CO_FUTURE_ANNOTATIONS) != 0;
        ConstantFolder.fold(tree, optimize, futureAnnotations);
        SymbolTable st = SymbolTable.build(tree, filename, futureAnnotations);
        CodeGenerator gen = new CodeGenerator(st, filename, optimize, features, future[1],
                tree instanceof Interactive, (flags & PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0);
        return gen.compileModule(tree);
    }

    /**
     * CPython's {@code future.c}: the features named by the {@code from __future__ import}
     * statements at the top of a module, and the line of the last one. Returns {features, line}.
     */
    private static int[] futureFeatures(Mod mod, String filename) {
        int features = 0;
        int lineno = -1;
        java.util.List<Stmt> body;
        if (mod instanceof Module m) {
            body = m.body;
        } else if (mod instanceof Interactive i) {
            body = i.body;
        } else {
            return new int[] {0, -1};
        }
        int i = 0;
        for (Stmt s : body) {
            if (i == 0 && s instanceof ExprStmt e && e.value instanceof Constant c && c.value instanceof String) {
                i++;
                continue;
            }
            i++;
            if (s instanceof ImportFrom f && "__future__".equals(f.module)) {
                for (Alias a : f.names) {
                    switch (a.name) {
                        case "nested_scopes": case "generators": case "division": case "absolute_import":
                        case "with_statement": case "print_function": case "unicode_literals":
                        case "generator_stop":
                            break;
                        case "barry_as_FLUFL":
                            features |= CO_FUTURE_BARRY_AS_BDFL;
                            break;
                        case "annotations":
                            features |= CodeData.CO_FUTURE_ANNOTATIONS;
                            break;
                        case "braces":
                            throw CompileErrors.at("not a chance", filename, a);
                        default:
                            throw CompileErrors.at("future feature " + a.name + " is not defined", filename, a);
                    }
                }
                lineno = s.lineno;
            } else {
                break;
            }
        }
        return new int[] {features, lineno};
    }
}
