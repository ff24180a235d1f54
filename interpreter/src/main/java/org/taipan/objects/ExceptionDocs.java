package org.taipan.objects;

import java.util.Map;

/**
 * The docstrings of the built-in exception classes. They are Taipan's own short descriptions
 * (CPython's wording is not copied): programs can rely on {@code __doc__} being a non-empty str,
 * not on its text. ExceptionGroup has none, as in CPython.
 */
final class ExceptionDocs {
    private ExceptionDocs() {
    }

    private static final Map<String, String> DOCS = Map.ofEntries(
        Map.entry("BaseException", "Root of the exception hierarchy."),
        Map.entry("BaseExceptionGroup", "Several unrelated exceptions raised together."),
        Map.entry("GeneratorExit", "Raised inside a generator or coroutine when it is closed."),
        Map.entry("KeyboardInterrupt", "The user interrupted the program (Ctrl-C)."),
        Map.entry("SystemExit", "Asks the interpreter to exit; its code is the exit status."),
        Map.entry("Exception", "Base class of the ordinary, non-exit exceptions."),
        Map.entry("ArithmeticError", "Base class of errors in numeric computations."),
        Map.entry("FloatingPointError", "A floating-point operation failed."),
        Map.entry("OverflowError", "A numeric result is too big to be represented."),
        Map.entry("ZeroDivisionError", "Division or modulo with a zero divisor."),
        Map.entry("AssertionError", "An assert statement found its condition false."),
        Map.entry("AttributeError", "An attribute could not be found or set."),
        Map.entry("BufferError", "A buffer operation could not be carried out."),
        Map.entry("EOFError", "Input ended where more was expected."),
        Map.entry("ImportError", "A module or a name in it could not be imported."),
        Map.entry("ModuleNotFoundError", "No module of that name could be found."),
        Map.entry("LookupError", "Base class of failed lookups by key or index."),
        Map.entry("IndexError", "A sequence index is outside the sequence."),
        Map.entry("KeyError", "A mapping has no such key."),
        Map.entry("MemoryError", "The interpreter ran out of memory."),
        Map.entry("NameError", "A name is not defined."),
        Map.entry("UnboundLocalError", "A local variable was read before any value was bound to it."),
        Map.entry("OSError", "An operating-system call failed."),
        Map.entry("BlockingIOError", "A non-blocking operation would have had to wait."),
        Map.entry("ChildProcessError", "An operation on a child process failed."),
        Map.entry("ConnectionError", "Base class of connection failures."),
        Map.entry("BrokenPipeError", "Writing to a pipe or socket whose other end is closed."),
        Map.entry("ConnectionAbortedError", "The peer aborted the connection."),
        Map.entry("ConnectionRefusedError", "The peer refused the connection."),
        Map.entry("ConnectionResetError", "The peer reset the connection."),
        Map.entry("FileExistsError", "The file or directory exists already."),
        Map.entry("FileNotFoundError", "No such file or directory."),
        Map.entry("InterruptedError", "A system call was interrupted by a signal."),
        Map.entry("IsADirectoryError", "A file operation was given a directory."),
        Map.entry("NotADirectoryError", "A directory operation was given something else."),
        Map.entry("PermissionError", "Not enough access rights for the operation."),
        Map.entry("ProcessLookupError", "No such process."),
        Map.entry("TimeoutError", "An operation ran out of time."),
        Map.entry("ReferenceError", "The object a weak proxy referred to is gone."),
        Map.entry("RuntimeError", "An error that fits no other category."),
        Map.entry("NotImplementedError", "The operation or method is not implemented (yet)."),
        Map.entry("RecursionError", "The recursion limit was exceeded."),
        Map.entry("StopAsyncIteration", "An asynchronous iterator has no more items."),
        Map.entry("StopIteration", "An iterator has no more items; value is what a generator returned."),
        Map.entry("SyntaxError", "The source code is not valid Python."),
        Map.entry("IndentationError", "The source code is indented wrongly."),
        Map.entry("TabError", "The source code mixes tabs and spaces inconsistently."),
        Map.entry("SystemError", "An internal error of the interpreter."),
        Map.entry("TypeError", "An operation or function got an argument of the wrong type."),
        Map.entry("ValueError", "An argument has the right type but a wrong value."),
        Map.entry("UnicodeError", "Base class of text encoding and decoding errors."),
        Map.entry("UnicodeDecodeError", "Bytes could not be decoded to text."),
        Map.entry("UnicodeEncodeError", "Text could not be encoded to bytes."),
        Map.entry("UnicodeTranslateError", "Text could not be translated."),
        Map.entry("Warning", "Base class of the warning categories."),
        Map.entry("BytesWarning", "Warns about questionable uses of bytes and bytearray."),
        Map.entry("DeprecationWarning", "Warns developers about deprecated features."),
        Map.entry("EncodingWarning", "Warns that no text encoding was given explicitly."),
        Map.entry("FutureWarning", "Warns about behaviour that will change."),
        Map.entry("ImportWarning", "Warns about probable mistakes in module imports."),
        Map.entry("PendingDeprecationWarning", "Warns about features that will be deprecated."),
        Map.entry("ResourceWarning", "Warns about the use of resources (files, sockets) not released."),
        Map.entry("RuntimeWarning", "Warns about dubious behaviour at run time."),
        Map.entry("SyntaxWarning", "Warns about dubious syntax."),
        Map.entry("UnicodeWarning", "Warns about problems with text."),
        Map.entry("UserWarning", "The default category of warnings.warn()."));

    /** Gives every built-in exception class in {@code types} its docstring. */
    static void install(Map<String, PyType> types) {
        for (Map.Entry<String, PyType> e : types.entrySet()) {
            String doc = DOCS.get(e.getKey());
            if (doc != null) {
                e.getValue().dict.setItem(PyUnicode.of("__doc__"), PyUnicode.of(doc));
            }
        }
    }
}
