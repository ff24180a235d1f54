package org.taipan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.Interpreter;
import org.taipan.vm.ThreadState;
import org.taipan.vm.trace.TraceHook;
import org.taipan.vm.trace.TraceTrampoline;
import org.taipan.vm.trace.Tracing;

/**
 * Taipan's side of {@code bench/trace-overhead.sh}: runs {@code workload()} of
 * {@code bench/trace/workload.py} in this JVM with no hook, with the do-nothing Python trace
 * function {@code def t(f, e, a): return t} installed as {@code sys.settrace} installs it, and
 * with a do-nothing Java {@link TraceHook}; the modes alternate round by round after warm-up
 * rounds. Prints one line per mode: {@code <mode> <median> <best>} in thread CPU seconds,
 * then the same in wall-clock seconds. Compiled
 * with the tests, never run by them (the name matches no surefire pattern).
 *
 * <p>Arguments: {@code <workload dir> <rounds> <warm-up rounds> [mode ...]} (modes: none,
 * python, java; default all three).
 */
public final class TraceOverheadBenchmark {
    private TraceOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        List<String> modes = args.length > 3 ? Arrays.asList(args).subList(3, args.length)
                : List.of("none", "python", "java");
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                run(dir, rounds, warmup, modes);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "trace-overhead", 512L << 20);
        t.start();
        t.join();
        if (failure[0] != null) {
            failure[0].printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Path dir, int rounds, int warmup, List<String> modes) throws Exception {
        Interpreter.ensureInitialized();
        ThreadState ts = ThreadState.current();
        ts.interp.gil.acquire();
        PyDict g = new PyDict();
        g.setStr("__name__", PyUnicode.of("workload"));
        byte[] source = Files.readAllBytes(dir.resolve("workload.py"));
        Interpreter.exec(Interpreter.compileFile(source, "workload.py"), g, g);
        Interpreter.exec(Interpreter.compile("def t(f, e, a):\n    return t\n", "<t>", "exec"), g, g);
        PyObject workload = g.getStr("workload");
        PyObject pythonTrace = g.getStr("t");
        TraceHook nothing = (obj, frame, what, arg) -> { };
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> wallTimes = new LinkedHashMap<>();
        for (String m : modes) {
            times.put(m, new ArrayList<>());
            wallTimes.put(m, new ArrayList<>());
        }
        for (int round = 0; round < warmup + rounds; round++) {
            for (String m : modes) {
                switch (m) {
                    case "none":
                        break;
                    case "python":
                        Tracing.setTrace(ts, TraceTrampoline.TRACE, pythonTrace);
                        break;
                    case "java":
                        Tracing.setTrace(ts, nothing, null);
                        break;
                    default:
                        throw new IllegalArgumentException("mode " + m);
                }
                long cpu = mx.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Abstract.call(workload);
                double wall = (System.nanoTime() - start) / 1e9;
                double s = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
                Tracing.setTrace(ts, null, null);
                if (round >= warmup) {
                    times.get(m).add(s);
                    wallTimes.get(m).add(wall);
                }
            }
        }
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            List<Double> l = e.getValue();
            List<Double> w = wallTimes.get(e.getKey());
            l.sort(null);
            w.sort(null);
            System.out.println(e.getKey() + " " + l.get(l.size() / 2) + " " + l.get(0) + " " + w.get(w.size() / 2) + " " + w.get(0));
        }
    }
}
