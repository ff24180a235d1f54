/**
 * The compiler: symbol tables, code generation to Taipan's bytecode ({@link org.taipan.compile.Opcode}),
 * and assembly into {@link org.taipan.compile.CodeData} with CPython 3.11's line table and
 * exception table rules.
 */
package org.taipan.compile;
