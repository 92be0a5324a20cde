package org.medius.synth.render;

/**
 * The points within {@code radiusPx} of the segment a-b: a limb segment between two joint centres. Exact ray
 * intersection after Inigo Quilez's capsule formula (iquilezles.org, "intersectors").
 */
record Capsule(Vec3 a, Vec3 b, double radiusPx, Material material) implements Primitive {

    Capsule {
        if (!(radiusPx > 0)) {
            throw new IllegalArgumentException("capsule radius must be positive: " + radiusPx);
        }
    }

    @Override
    public double[] screenBoundsPx() {
        return new double[] {Math.min(a.x(), b.x()) - radiusPx, Math.min(a.y(), b.y()) - radiusPx,
            Math.max(a.x(), b.x()) + radiusPx, Math.max(a.y(), b.y()) + radiusPx};
    }

    @Override
    public double hitDepth(double xPx, double yPx) {
        // Ray origin in front of the capsule (keeps the numbers small), direction +z.
        double z0 = Math.min(a.z(), b.z()) - 2 * radiusPx - 1;
        Vec3 ro = new Vec3(xPx, yPx, z0);
        Vec3 ba = b.minus(a);
        Vec3 oa = ro.minus(a);
        double baba = ba.dot(ba);
        double bard = ba.z();
        double baoa = ba.dot(oa);
        double rdoa = oa.z();
        double oaoa = oa.dot(oa);
        double qa = baba - bard * bard;
        double qb = baba * rdoa - baoa * bard;
        double qc = baba * oaoa - baoa * baoa - radiusPx * radiusPx * baba;
        double h = qb * qb - qa * qc;
        if (qa > 1e-9 * baba && h >= 0) {
            double t = (-qb - Math.sqrt(h)) / qa;
            double y = baoa + t * bard;
            if (y > 0 && y < baba) {
                return z0 + t;
            }
        }
        // The hemispherical caps (also the whole answer when the axis points at the camera).
        double za = sphere(ro, a);
        double zb = sphere(ro, b);
        return Double.isNaN(za) ? zb : Double.isNaN(zb) ? za : Math.min(za, zb);
    }

    private double sphere(Vec3 ro, Vec3 centre) {
        Vec3 oc = ro.minus(centre);
        double qb = oc.z();
        double qc = oc.dot(oc) - radiusPx * radiusPx;
        double h = qb * qb - qc;
        return h < 0 ? Double.NaN : ro.z() - qb - Math.sqrt(h);
    }

    @Override
    public Vec3 normal(Vec3 p) {
        Vec3 ba = b.minus(a);
        Vec3 pa = p.minus(a);
        double baba = ba.dot(ba);
        double h = baba > 0 ? Math.max(0, Math.min(1, pa.dot(ba) / baba)) : 0;
        return pa.minus(ba.times(h)).unit();
    }

    @Override
    public double alongAxis(Vec3 p) {
        Vec3 ba = b.minus(a);
        double baba = ba.dot(ba);
        return baba > 0 ? Math.max(0, Math.min(1, p.minus(a).dot(ba) / baba)) : 0;
    }
}
