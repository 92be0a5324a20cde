package org.medius.signal;

/**
 * Monotone piecewise cubic Hermite interpolation (PCHIP) through knots {@code (x[i], y[i])}.
 *
 * <p>On each interval {@code [x_k, x_k+1]} (width {@code h_k}, secant slope {@code δ_k = (y_k+1 - y_k) / h_k})
 * the interpolant is the cubic Hermite polynomial with end values {@code y_k, y_k+1} and end slopes
 * {@code d_k, d_k+1}. The slopes make it shape preserving (Fritsch &amp; Carlson 1980, SIAM J. Numer. Anal.
 * 17:238): on every interval where the data are monotone the interpolant is monotone, so it never overshoots the
 * data. Interior slopes are the weighted harmonic mean of Fritsch &amp; Butland (1984, SIAM J. Sci. Stat. Comput.
 * 5:300), as in MATLAB {@code pchip} (Moler, Numerical Computing with MATLAB, ch. 3) and SciPy
 * {@code PchipInterpolator}:
 * <pre>
 *   d_k = 0                                        if δ_k-1 and δ_k differ in sign or either is 0
 *   (w1 + w2) / d_k = w1 / δ_k-1 + w2 / δ_k        otherwise, w1 = 2 h_k + h_k-1, w2 = h_k + 2 h_k-1
 * </pre>
 * End slopes use the one-sided three-point formula {@code d_0 = ((2 h_0 + h_1) δ_0 - h_0 δ_1) / (h_0 + h_1)},
 * set to 0 when its sign differs from {@code δ_0}, and to {@code 3 δ_0} when {@code δ_0, δ_1} differ in sign and
 * {@code |d_0| > |3 δ_0|} (mirror image at the other end). With two knots the interpolant is the straight line.
 * Linear data are reproduced exactly (all δ equal gives d = δ everywhere).
 */
public final class PchipInterpolant {
    private final double[] x;
    private final double[] y;
    private final double[] slopes;

    private PchipInterpolant(double[] x, double[] y, double[] slopes) {
        this.x = x;
        this.y = y;
        this.slopes = slopes;
    }

    /**
     * Builds the interpolant; copies the knots.
     *
     * @param x at least two strictly increasing finite abscissae (here: timestamps in seconds)
     * @param y finite ordinates, same length
     */
    public static PchipInterpolant through(double[] x, double[] y) {
        if (x.length < 2) {
            throw new IllegalArgumentException("PCHIP needs at least two knots, got " + x.length);
        }
        Series.requireSameLength("y", y, x.length);
        Series.requireStrictlyIncreasing(x);
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("knot value " + i + " is not finite: " + y[i]);
            }
        }
        double[] xs = x.clone();
        double[] ys = y.clone();
        return new PchipInterpolant(xs, ys, slopes(xs, ys));
    }

    /** The slope of the interpolant at each knot. */
    public double[] knotSlopes() {
        return slopes.clone();
    }

    /** The interpolated value at {@code at}, which must lie within {@code [x_0, x_last]}. */
    public double valueAt(double at) {
        int last = x.length - 1;
        if (!(at >= x[0] && at <= x[last])) {
            throw new IllegalArgumentException("PCHIP evaluated at " + at + " outside its knots [" + x[0] + ", "
                    + x[last] + "]");
        }
        int k = intervalOf(at);
        double h = x[k + 1] - x[k];
        double s = (at - x[k]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = s3 - 2 * s2 + s;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = s3 - s2;
        return h00 * y[k] + h10 * h * slopes[k] + h01 * y[k + 1] + h11 * h * slopes[k + 1];
    }

    /** Index k of the interval {@code [x_k, x_k+1]} holding {@code at} (the last interval for the last knot). */
    private int intervalOf(double at) {
        int lo = 0;
        int hi = x.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static double[] slopes(double[] x, double[] y) {
        int n = x.length;
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = x[k + 1] - x[k];
            delta[k] = (y[k + 1] - y[k]) / h[k];
        }
        double[] d = new double[n];
        if (n == 2) {
            d[0] = delta[0];
            d[1] = delta[0];
            return d;
        }
        for (int k = 1; k < n - 1; k++) {
            double before = delta[k - 1];
            double after = delta[k];
            if (before == 0 || after == 0 || Math.signum(before) != Math.signum(after)) {
                d[k] = 0;
            } else {
                double w1 = 2 * h[k] + h[k - 1];
                double w2 = h[k] + 2 * h[k - 1];
                d[k] = (w1 + w2) / (w1 / before + w2 / after);
            }
        }
        d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /** One-sided three-point slope at an end knot with the shape-preserving limits; h0, δ0 touch that knot. */
    private static double endSlope(double h0, double h1, double delta0, double delta1) {
        double d = ((2 * h0 + h1) * delta0 - h0 * delta1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(delta0)) {
            return 0;
        }
        if (Math.signum(delta0) != Math.signum(delta1) && Math.abs(d) > Math.abs(3 * delta0)) {
            return 3 * delta0;
        }
        return d;
    }
}
