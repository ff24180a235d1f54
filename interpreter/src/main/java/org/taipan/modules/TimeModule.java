package org.taipan.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.taipan.objects.ArgParser;
import org.taipan.objects.NumberProtocol;
import org.taipan.objects.PyExc;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyLong;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyUnicode;
import org.taipan.vm.InterpreterState;

/**
 * {@code _time}: the platform half of the {@code time} module (clocks, sleeping, conversion
 * between seconds and broken-down time in UTC or the local zone). The library's {@code time.py}
 * builds {@code struct_time}, {@code strftime} and {@code strptime} on it.
 */
public final class TimeModule {
    private static final long START_NANOS = System.nanoTime();

    private TimeModule() {
    }

    private static PyObject none(String name, int n, PyTuple kw) {
        ArgParser.noKeywords(name, kw);
        if (n != 0) {
            throw PyExc.typeError("time." + name + "() takes no arguments (" + n + " given)");
        }
        return null;
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_time");
        m.addFunction("time", (self, a, off, n, kw) -> {
            none("time", n, kw);
            Instant now = Instant.now();
            return new PyFloat(now.getEpochSecond() + now.getNano() / 1e9);
        });
        m.addFunction("time_ns", (self, a, off, n, kw) -> {
            none("time_ns", n, kw);
            Instant now = Instant.now();
            return PyLong.of(java.math.BigInteger.valueOf(now.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                    .add(java.math.BigInteger.valueOf(now.getNano())));
        });
        m.addFunction("monotonic_ns", (self, a, off, n, kw) -> {
            none("monotonic_ns", n, kw);
            return PyLong.of(System.nanoTime() - START_NANOS + 1_000_000_000L);
        });
        m.addFunction("process_time_ns", (self, a, off, n, kw) -> {
            none("process_time_ns", n, kw);
            java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
            long t = b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime() - START_NANOS;
            return PyLong.of(t);
        });
        m.addFunction("sleep", (self, a, off, n, kw) -> {
            ArgParser.noKeywords("sleep", kw);
            if (n != 1) {
                throw PyExc.typeError("time.sleep() takes exactly one argument (" + n + " given)");
            }
            if (!(a[off] instanceof PyFloat) && !(a[off] instanceof PyLong)
                    && a[off].getType().asFloat == null && a[off].getType().index == null) {
                throw PyExc.typeError("'" + a[off].getType().getName() + "' object cannot be interpreted as an integer");
            }
            double secs = NumberProtocol.asDouble(a[off]);
            if (Double.isNaN(secs)) {
                throw PyExc.valueError("Invalid value NaN (not a number)");
            }
            if (secs < 0) {
                throw PyExc.valueError("sleep length must be non-negative");
            }
            long nanos = (long) (secs * 1e9);
            // The GIL is released while sleeping; an interrupt (interpreter finalization) ends the
            // sleep, and retaking the GIL then ends a daemon thread.
            org.taipan.vm.ThreadState ts = org.taipan.vm.ThreadState.current();
            int depth = ts.save();
            try {
                Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ts.restore(depth);
            }
            return PyNone.NONE;
        });
        // broken(seconds, local) -> (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff)
        m.addFunction("broken", (self, a, off, n, kw) -> {
            double secs = NumberProtocol.asDouble(a[off]);
            boolean local = a[off + 1] != PyNone.NONE && org.taipan.objects.Abstract.isTrue(a[off + 1]);
            if (!Double.isFinite(secs) || Math.abs(secs) > 1e17) {
                throw PyExc.overflowError("timestamp out of range for platform time_t");
            }
            long s = (long) Math.floor(secs);
            ZoneId zone = local ? ZoneId.systemDefault() : ZoneOffset.UTC;
            ZonedDateTime t = Instant.ofEpochSecond(s).atZone(zone);
            boolean dst = local && zone.getRules().isDaylightSavings(t.toInstant());
            String zn = local ? t.getZone().getRules().isFixedOffset() && t.getOffset().getTotalSeconds() == 0
                    ? "UTC" : java.time.format.DateTimeFormatter.ofPattern("zzz").format(t) : "GMT";
            return new PyTuple(PyLong.of(t.getYear()), PyLong.of(t.getMonthValue()), PyLong.of(t.getDayOfMonth()),
                    PyLong.of(t.getHour()), PyLong.of(t.getMinute()), PyLong.of(t.getSecond()),
                    PyLong.of(t.getDayOfWeek().getValue() - 1), PyLong.of(t.getDayOfYear()),
                    PyLong.of(local ? (dst ? 1 : 0) : 0), PyUnicode.of(zn),
                    PyLong.of(t.getOffset().getTotalSeconds()));
        });
        // mktime(year, mon, mday, hour, min, sec) in the local zone -> float seconds
        m.addFunction("mktime", (self, a, off, n, kw) -> {
            long[] v = new long[6];
            for (int i = 0; i < 6; i++) {
                v[i] = ((PyLong) a[off + i]).longValue();
            }
            LocalDateTime base = LocalDateTime.of((int) v[0], 1, 1, 0, 0, 0)
                    .plusMonths(v[1] - 1).plusDays(v[2] - 1).plusHours(v[3]).plusMinutes(v[4]).plusSeconds(v[5]);
            return new PyFloat(base.atZone(ZoneId.systemDefault()).toEpochSecond());
        });
        ZonedDateTime jan = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneId.systemDefault());
        int offset = jan.getOffset().getTotalSeconds();
        m.add("timezone", PyLong.of(-offset));
        return m;
    }
}
