/**
 * The embedding API: CPython's embedding C API in Java's idiom (AutoCloseable instead of paired
 * calls, exceptions instead of return codes). {@link org.taipan.embed.PythonRuntime} initializes
 * and finalizes (Py_InitializeEx / Py_FinalizeEx) from a {@link org.taipan.embed.RuntimeConfig};
 * {@link org.taipan.embed.RuntimeInfo} answers the Py_Get* questions;
 * {@link org.taipan.embed.GilState} and {@link org.taipan.embed.AllowThreads} hold and release the
 * GIL; {@link org.taipan.embed.ThreadStates} and {@link org.taipan.embed.SubInterpreter} manage
 * thread states and interpreters; {@link org.taipan.embed.Run}, {@link org.taipan.embed.Call} and
 * {@link org.taipan.embed.Conversion} run code and move values across; a Python exception reaches
 * the host as {@link org.taipan.embed.PythonException}. {@link org.taipan.embed.TaipanScriptEngine}
 * is the JSR-223 face of the same runtime. The table in docs/architecture.md maps each C function
 * to its Java counterpart.
 */
package org.taipan.embed;
