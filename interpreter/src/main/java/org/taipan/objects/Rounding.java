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
            return IntMethods.fromDouble(Math.rint(x)); // rint rounds half to even, exactly
        }
        PyLong nd = Abstract.index(ndigits);
        int n = nd.fitsInt() ? nd.intValue() : nd.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return new PyFloat(x);
        }
        if (n > 323) {
            return new PyFloat(x);
        }
        if (n < -400) {
            return new PyFloat(Math.copySign(0.0, x));
        }
        double r = new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyExc.overflowError("rounded value too large to represent");
        }
        return new PyFloat(r == 0.0 ? Math.copySign(0.0, x) : r);
    }
}
