/**
 * A Debug Adapter Protocol server so that VS Code and other IDEs can debug Python on Taipan:
 * protocol types as plain data classes, one handler class per request, the engine in the tracer.
 * Not written yet.
 */
package org.taipan.dap;
