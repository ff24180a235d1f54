package org.taipan.objects;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code round()} of floats: exact half-even rounding of the binary value, like CPython. */
final class Rounding {
    private Rounding() {
    }

    static PyObject roundFloat(double x, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            if (Double.isNaN(x)) {
                throw PyExc.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(x)) {
                throw PyExc.overflowError("cannot convert float infinity to integer");
            }
            return PyLong.of(new BigDecimal(x).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        int n = Abstract.asIndex(ndigits);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return new PyFloat(x);
        }
        if (n > 323) {
            return new PyFloat(x);
        }
        double r = new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN).doubleValue();
        return new PyFloat(r == 0.0 ? Math.copySign(0.0, x) : r);
    }
}
