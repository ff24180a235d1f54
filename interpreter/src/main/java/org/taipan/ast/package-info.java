/**
 * The abstract syntax tree, with CPython 3.11's node classes and fields.
 *
 * <p>Constant values ({@code Constant.value}, {@code MatchSingleton.value}) are represented as:
 * Python {@code None} as {@code null}; {@code bool} as {@link java.lang.Boolean}; {@code int} as
 * {@link java.math.BigInteger}; {@code float} as {@link java.lang.Double}; {@code complex} as
 * {@link org.taipan.ast.ComplexLiteral}; {@code str} as {@link java.lang.String} (non-BMP
 * characters as surrogate pairs; a lone surrogate code point as that char) unless it holds a
 * surrogate code point that would pair up with its neighbour in UTF-16 (a high surrogate
 * immediately followed by a low one, e.g. <code>'&#92;ud801&#92;udca0'</code>), in which case it is a
 * {@link org.taipan.ast.CodePointString}; {@code bytes} as {@link org.taipan.ast.BytesLiteral};
 * {@code Ellipsis} as {@link org.taipan.ast.EllipsisLiteral#INSTANCE}.
 */
package org.taipan.ast;
