/**
 * Profilers built on the tracer: a deterministic profiler with cProfile/pstats-like statistics
 * and a statistical profiler that samples sys._current_frames and sys._current_exceptions, with
 * reports people can read and view. Not written yet.
 */
package org.taipan.profiler;
