package org.taipan.objects;

/**
 * C-level recursion accounting (CPython's {@code Py_EnterRecursiveCall}): operations that can
 * recurse through Python code without a Python frame of their own (repr, calls of built-ins) count
 * against the same limit as frames, with their own message suffix. The VM installs the
 * implementation over its thread state; the default does nothing.
 */
public final class RecursionGuard {
    private RecursionGuard() {
    }

    /** The VM's accounting: enter raises RecursionError past the limit. */
    public interface Hook {
        void enter(String where);

        void leave();
    }

    public static Hook hook = new Hook() {
        @Override
        public void enter(String where) {
        }

        @Override
        public void leave() {
        }
    };
}
