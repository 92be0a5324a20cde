package org.medius.synth.render;

/**
 * An ellipsoid with orthonormal axes u, v, w and semi-axes ru, rv, rw (pixels): trunk, pelvis, head, feet. The
 * main axis (for {@link Material}) is v, from {@code centre - rv v} (0) to {@code centre + rv v} (1).
 */
record Ellipsoid(Vec3 centre, Vec3 u, Vec3 v, Vec3 w, double ru, double rv, double rw, Material material)
        implements Primitive {

    Ellipsoid {
        if (!(ru > 0 && rv > 0 && rw > 0)) {
            throw new IllegalArgumentException("semi-axes must be positive: " + ru + ", " + rv + ", " + rw);
        }
    }

    /** An ellipsoid whose v axis points along {@code up} and whose u axis is as close to {@code side} as allowed. */
    static Ellipsoid oriented(Vec3 centre, Vec3 up, Vec3 side, double ruSide, double rvUp, double rwDepth,
            Material material) {
        Vec3 v = up.unit();
        Vec3 u = side.minus(v.times(side.dot(v))).unit();
        Vec3 w = u.cross(v);
        return new Ellipsoid(centre, u, v, w, ruSide, rvUp, rwDepth, material);
    }

    @Override
    public double[] screenBoundsPx() {
        double hx = Math.sqrt(sq(ru * u.x()) + sq(rv * v.x()) + sq(rw * w.x()));
        double hy = Math.sqrt(sq(ru * u.y()) + sq(rv * v.y()) + sq(rw * w.y()));
        return new double[] {centre.x() - hx, centre.y() - hy, centre.x() + hx, centre.y() + hy};
    }

    @Override
    public double hitDepth(double xPx, double yPx) {
        Vec3 o = new Vec3(xPx - centre.x(), yPx - centre.y(), 0);
        // Local coordinates scaled to the unit sphere; the ray direction is (0, 0, 1).
        double ou = o.dot(u) / ru;
        double ov = o.dot(v) / rv;
        double ow = o.dot(w) / rw;
        double du = u.z() / ru;
        double dv = v.z() / rv;
        double dw = w.z() / rw;
        double qa = du * du + dv * dv + dw * dw;
        double qb = ou * du + ov * dv + ow * dw;
        double qc = ou * ou + ov * ov + ow * ow - 1;
        double h = qb * qb - qa * qc;
        return h < 0 ? Double.NaN : centre.z() + (-qb - Math.sqrt(h)) / qa;
    }

    @Override
    public Vec3 normal(Vec3 p) {
        Vec3 d = p.minus(centre);
        return u.times(d.dot(u) / (ru * ru)).plus(v.times(d.dot(v) / (rv * rv))).plus(w.times(d.dot(w) / (rw * rw)))
                .unit();
    }

    @Override
    public double alongAxis(Vec3 p) {
        return Math.max(0, Math.min(1, 0.5 + p.minus(centre).dot(v) / (2 * rv)));
    }

    private static double sq(double x) {
        return x * x;
    }
}
