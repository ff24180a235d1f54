/**
 * The compiler: CPython 3.11's {@code compile()} after parsing, producing Taipan bytecode
 * ({@link org.taipan.compile.Opcode}) in {@link org.taipan.compile.CodeData} objects whose
 * instruction layout, positions and exception tables are those of CPython 3.11, so that line
 * events and tracing behave the same.
 *
 * <p>Pipeline ({@link org.taipan.compile.Compiler#compile}):
 * <ol>
 *   <li>future statements ({@code from __future__ import ...}, CPython's {@code future.c});</li>
 *   <li>{@code ConstantFolder}: the AST optimiser ({@code ast_opt.c}'s rules: constant folding
 *       with size limits, {@code __debug__}, literal lists/sets in {@code in} and {@code for}
 *       turned into tuples/frozensets, {@code "%s" % (x,)} into f-strings);</li>
 *   <li>{@code SymbolTable}/{@code Scope}: names as local, global, free or cell, and the
 *       symbol table's SyntaxErrors ({@code symtable.c});</li>
 *   <li>{@code CodeGenerator} (with {@code PatternCompiler} for {@code match}): instructions in
 *       basic blocks, with pseudo-instructions SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH/POP_BLOCK
 *       for exception handling ({@code compile.c}'s code generator);</li>
 *   <li>{@code Assembler} (with {@code Peephole} and {@code StackEffect}): the 3.11 flow graph
 *       passes in CPython's order (peephole, exit-block copying, unreachable code, NOP removal
 *       that keeps line numbers, line propagation, stack depth, exception table), then the final
 *       layout with absolute jump targets.</li>
 * </ol>
 *
 * <p>Tests pin all of this to CPython 3.11.7: {@code BytecodeDifferentialTest} (instruction by
 * instruction on the snippets under {@code compile/snippets}), {@code StdlibCompileTest} (the
 * whole stdlib, by hash of the same dump), {@code SymbolTableTest} (against the {@code symtable}
 * module) and {@code CompileErrorTest} (compile-time SyntaxErrors). The recorders are
 * {@code tools/record_bytecode.py}, {@code tools/record_stdlib_bytecode.py},
 * {@code tools/record_symtables.py} and {@code tools/record_compile_errors.py}; investigate a
 * difference with {@code tools/bytecode_diff} or {@code tools/stdlib_bytecode_diff}.
 */
package org.taipan.compile;
