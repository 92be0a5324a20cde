package org.medius.kinematics;

import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Knee frontal plane projection angle (FPPA) and frontal-plane knee displacement (FPKD), per side
 * (docs/measurement.md, "Angles").
 *
 * <p>With hip H, knee K and ankle A of one side: thigh {@code u = K - H}, shank {@code v = A - K}.
 * <ul>
 *   <li>FPPA magnitude = the angle between u and v, {@code atan2(|u x v|, u . v)}, in [0, 180] degrees;
 *       0 = straight leg.</li>
 *   <li>FPKD = signed perpendicular distance of K from the line H-A divided by the leg length |A - H|.</li>
 *   <li>Sign of both: + when the knee lies on the <b>medial</b> side of the hip-ankle line (valgus), - on the
 *       lateral side (varus). Medial is the side of the line towards the body midline, i.e. towards mid-hip
 *       x, which is towards the other hip. The sign is taken from the hip positions, not from the view, so the
 *       same leg gives the same signed values from in front (person's left on image right) and from behind.
 *       Precisely: the unit normal n of the line H-A is chosen with {@code n.x} pointing towards the
 *       other hip in image x, and the signed distance is {@code (K - H) . n}.</li>
 * </ul>
 *
 * <p>NaN when the hip, knee or ankle of the side, or the other hip (needed for the midline), is missing; when
 * both hips have the same x (no frontal-plane side can be told, e.g. a sagittal view); when the hip-ankle line
 * is horizontal; or, for FPPA, when thigh or shank has zero length, or does not point down the picture (the knee
 * at or above the hip, or the ankle at or above the knee: a kneeling back leg in a lunge, a leg lifted forward).
 * Such a leg is folded, not angled sideways: its angle would sit near +-180 degrees and flip sign from frame to
 * frame (issue 14), so it is no frontal-plane projection angle at all. A knee exactly on the line gives +0.
 */
public final class KneeFppa {
    private KneeFppa() {
    }

    /** FPPA of the given side, degrees, + = valgus. */
    public static double fppaDeg(Pose pose, Side side) {
        Vec2 h = Vec2.of(pose, side.hip());
        Vec2 k = Vec2.of(pose, side.knee());
        Vec2 a = Vec2.of(pose, side.ankle());
        Vec2 u = k.minus(h);
        Vec2 v = a.minus(k);
        if (!(u.length() > 0 && v.length() > 0 && u.yPx() > 0 && v.yPx() > 0)) {
            return Double.NaN;
        }
        double magnitudeDeg = Angles.atan2Deg(Math.abs(u.cross(v)), u.dot(v));
        double offsetPx = medialOffsetPx(pose, side);
        if (Double.isNaN(offsetPx)) {
            return Double.NaN;
        }
        return offsetPx < 0 ? -magnitudeDeg : magnitudeDeg;
    }

    /** FPKD of the given side: medial perpendicular knee offset from the hip-ankle line / leg length. */
    public static double fpkd(Pose pose, Side side) {
        double legPx = Vec2.of(pose, side.ankle()).minus(Vec2.of(pose, side.hip())).length();
        return medialOffsetPx(pose, side) / legPx;
    }

    /**
     * FPPA, FPKD and the reliability flag together.
     *
     * @param standingThighLengthPx the reference standing thigh length of this side (see
     *                              {@link FppaReliability#standingThighLengthPx(java.util.List, Side)}); NaN
     *                              marks every frame unreliable
     */
    public static KneeAngles of(Pose pose, Side side, double standingThighLengthPx) {
        return new KneeAngles(fppaDeg(pose, side), fpkd(pose, side),
                FppaReliability.isReliable(pose, side, standingThighLengthPx));
    }

    /** Signed perpendicular distance of the knee from the hip-ankle line, pixels, + = medial; NaN if undefined. */
    static double medialOffsetPx(Pose pose, Side side) {
        Vec2 h = Vec2.of(pose, side.hip());
        Vec2 k = Vec2.of(pose, side.knee());
        Vec2 a = Vec2.of(pose, side.ankle());
        double midHipXPx = (h.xPx() + pose.xPx(side.other().hip())) / 2;
        double medialXSign = Math.signum(midHipXPx - h.xPx());
        Vec2 leg = a.minus(h);
        double legPx = leg.length();
        if (!(legPx > 0) || Double.isNaN(medialXSign) || medialXSign == 0) {
            return Double.NaN;
        }
        Vec2 normal = new Vec2(-leg.yPx() / legPx, leg.xPx() / legPx);
        if (normal.xPx() == 0) {
            return Double.NaN;
        }
        if (Math.signum(normal.xPx()) != medialXSign) {
            normal = normal.scaled(-1);
        }
        return k.minus(h).dot(normal);
    }
}
