package org.taipan.cli;

import org.taipan.modules.StdStream;
import org.taipan.modules.SysModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;

/**
 * Lines from {@code sys.stdin} when it is not a terminal ({@code echo ... | python3 -i}): the
 * prompt goes to stderr, as CPython's stdio fallback writes it, and the line is read through
 * {@code sys.stdin} so that the program's own {@code input()} calls share its buffer.
 */
final class StreamPromptReader implements PromptReader {
    @Override
    public String readLine(String prompt) {
        PyObject err = SysModule.stream("stderr");
        if (err != PyNone.NONE) {
            StdStream.writeTo(err, prompt);
            Abstract.callMethod(err, "flush");
        }
        PyObject in = SysModule.stream("stdin");
        if (in == PyNone.NONE) {
            return null;
        }
        PyObject line = Abstract.callMethod(in, "readline");
        String s = line instanceof PyUnicode ? ((PyUnicode) line).value : Abstract.str(line).value;
        if (s.isEmpty()) {
            return null;
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
