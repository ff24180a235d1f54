package org.taipan.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.taipan.embed.AllowThreads;
import org.taipan.embed.Call;
import org.taipan.embed.Conversion;
import org.taipan.embed.GilState;
import org.taipan.embed.PythonRuntime;
import org.taipan.embed.Run;
import org.taipan.embed.RuntimeConfig;
import org.taipan.embed.SubInterpreter;
import org.taipan.embed.ThreadStates;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyObject;
import org.taipan.vm.trace.TraceEvent;
import org.taipan.vm.trace.Tracing;

/**
 * A Java application that embeds Taipan: it runs Python from 4 Java threads under the GIL, keeps
 * a plugin in a sub-interpreter, hands the main thread a pending call, counts executed lines with
 * a Java-level trace hook, and prints what happened. Run it as samples/README.md says.
 */
public final class EmbeddingSample {
    private static final int WORKERS = 4;

    private EmbeddingSample() {
    }

    public static void main(String[] args) throws Exception {
        run(System.out);
    }

    /** Runs the whole demonstration, reporting to {@code out}. */
    public static void run(PrintStream out) throws Exception {
        RuntimeConfig config = new RuntimeConfig().programName("embedding-sample").standardStreams(out, out);
        try (PythonRuntime python = PythonRuntime.initialize(config)) {
            out.println("initialized: " + PythonRuntime.isInitialized() + ", holding the GIL: " + GilState.check());

            Run.string(String.join("\n",
                    "import atexit",
                    "results = {}",
                    "def collatz_steps(n):",
                    "    steps = 0",
                    "    while n != 1:",
                    "        n = n // 2 if n % 2 == 0 else 3 * n + 1",
                    "        steps += 1",
                    "    return steps",
                    "def work(name, start, count):",
                    "    best = max(range(start, start + count), key=collatz_steps)",
                    "    results[name] = (best, collatz_steps(best))",
                    "    return best",
                    "atexit.register(print, 'atexit: Python says goodbye')",
                    ""));

            // A Java-level trace hook on every thread state, present and future, counting lines.
            AtomicLong lines = new AtomicLong();
            Tracing.setTraceAllThreads(python.mainInterpreter(), (obj, frame, what, arg) -> {
                if (what == TraceEvent.LINE) {
                    lines.incrementAndGet();
                }
            }, null);

            // Four Java threads call into Python, each with PyGILState_Ensure/Release.
            PyObject work = Run.mainDict().getStr("work");
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                String name = "worker-" + i;
                int start = 1 + i * 250;
                Thread t = new Thread(() -> {
                    try (GilState gil = GilState.ensure()) {
                        Call.call(work, name, start, 250);
                    }
                }, name);
                threads.add(t);
            }
            // This thread holds the GIL since initialize: release it while the workers run.
            try (AllowThreads released = AllowThreads.begin()) {
                for (Thread t : threads) {
                    t.start();
                }
                for (Thread t : threads) {
                    t.join();
                }
            }
            Tracing.setTraceAllThreads(python.mainInterpreter(), null, null);
            out.println("lines traced by the Java hook in the workers: " + lines.get());
            Map<Object, Object> results = new TreeMap<>((Map<?, ?>) Conversion.toJava(Run.mainDict().getStr("results")));
            for (Map.Entry<Object, Object> e : results.entrySet()) {
                List<?> r = (List<?>) e.getValue();
                out.println(e.getKey() + ": longest Collatz chain starts at " + r.get(0) + " (" + r.get(1) + " steps)");
            }

            // A plugin in a sub-interpreter: its own modules, globals and sys.path.
            try (SubInterpreter plugin = SubInterpreter.create()) {
                Run.string("import sys\nsys.path.append('/plugins')\nplugin_name = 'word counter'");
                Object counted = Run.eval("len('the quick brown fox jumps over the lazy dog'.split())");
                out.println("sub-interpreter: " + Run.eval("plugin_name") + " counted " + counted + " words; its sys.path ends with "
                        + Run.eval("sys.path[-1]"));
            }
            out.println("main interpreter sees plugin_name: " + Run.eval("'plugin_name' in globals()")
                    + ", interpreters now: " + python.interpreters().size());

            // A pending call: another thread schedules it; the main thread runs it while in Python.
            Run.string("flag = False\nspins = 0");
            Thread scheduler = new Thread(() -> python.addPendingCall(() -> {
                out.println("pending call runs on: " + Thread.currentThread().getName());
                Run.mainDict().setStr("flag", PyBool.TRUE);
            }), "scheduler");
            scheduler.start();
            Run.string("while not flag:\n    spins += 1\n");
            scheduler.join();

            out.println("thread states of the main interpreter: " + ThreadStates.threads(python.mainInterpreter()).size());
        }
        out.println("initialized after close: " + PythonRuntime.isInitialized());
    }
}
