package org.medius.synth;

/**
 * A two-segment leg: where the knee goes for given hip and ankle positions, and the frontal-plane knee offset that
 * gives a prescribed FPPA.
 */
final class Leg {
    private static final P3 FORWARD = new P3(0, 0, 1);
    private static final P3 UP = new P3(0, 1, 0);

    private Leg() {
    }

    /**
     * The knee of a leg with the given thigh and shank lengths, bent forward: it lies in the plane through hip and
     * ankle that contains the forward direction, on the forward side of the hip-ankle line (a knee flexes
     * forwards). A hip-ankle distance of thigh + shank or more gives a straight leg, the knee dividing the hip-ankle
     * segment in the ratio thigh : shank (a longer distance stretches both segments alike).
     */
    static P3 knee(P3 hip, P3 ankle, double thighPx, double shankPx) {
        P3 leg = hip.minus(ankle);
        double d = leg.length();
        P3 e = leg.times(1 / d);
        if (d >= thighPx + shankPx) {
            return ankle.plus(e.times(d * shankPx / (thighPx + shankPx)));
        }
        // Distance from the ankle along the hip-ankle line, and off it, by the law of cosines.
        double along = (shankPx * shankPx - thighPx * thighPx + d * d) / (2 * d);
        double off = Math.sqrt(Math.max(0, shankPx * shankPx - along * along));
        P3 pole = FORWARD.minus(e.times(FORWARD.dot(e)));
        if (pole.length() < 1e-9) {
            pole = UP.minus(e.times(UP.dot(e)));
        }
        return ankle.plus(e.times(along)).plus(pole.times(off / pole.length()));
    }

    /**
     * The image knee for a prescribed FPPA (as {@link org.medius.kinematics.KneeFppa} computes it). {@code knee} is the
     * knee seen in the image before any valgus; it is first put exactly onto the hip-ankle line (keeping its distance
     * along the line), then moved perpendicular to it by d, towards the other hip (medial) for a positive FPPA. With a
     * = hip to knee and b = knee to ankle along the line, the leg bends by atan(d/a) + atan(d/b); d solves
     * {@code tan(fppa) (ab - d^2) = d (a + b)}.
     *
     * @throws IllegalArgumentException when the knee does not lie between hip and ankle along the line (a thigh
     *                                  pointing at the camera) or |fppa| is 90 degrees or more
     */
    static Pt kneeWithFppa(Pt hip, Pt knee, Pt ankle, double otherHipX, double fppaDeg) {
        Pt leg = ankle.minus(hip);
        double legPx = leg.length();
        Pt e = leg.times(1 / legPx);
        double a = knee.minus(hip).dot(e);
        double b = legPx - a;
        if (!(a > 0 && b > 0)) {
            throw new IllegalArgumentException("the knee does not lie between hip and ankle in the image (thigh along the"
                    + " line of sight): too deep for a frontal view");
        }
        if (!(Math.abs(fppaDeg) < 90)) {
            throw new IllegalArgumentException("FPPA must lie strictly between -90 and 90 degrees: " + fppaDeg);
        }
        Pt onLine = hip.plus(e.times(a));
        if (fppaDeg == 0) {
            return onLine;
        }
        double t = Math.tan(Math.toRadians(Math.abs(fppaDeg)));
        double d = 2 * a * b * t / ((a + b) + Math.sqrt((a + b) * (a + b) + 4 * a * b * t * t));
        Pt normal = new Pt(-e.y(), e.x());
        if (Math.signum(normal.x()) != Math.signum(otherHipX - hip.x())) {
            normal = normal.times(-1);
        }
        return onLine.plus(normal.times(Math.signum(fppaDeg) * d));
    }
}
