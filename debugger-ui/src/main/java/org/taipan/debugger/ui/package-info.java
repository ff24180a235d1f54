/**
 * A JavaFX desktop debugger: a front end over the tracer's debugger engine, holding no engine
 * logic of its own. Not written yet.
 */
package org.taipan.debugger.ui;
