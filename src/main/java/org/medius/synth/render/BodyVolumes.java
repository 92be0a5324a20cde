package org.medius.synth.render;

import java.util.ArrayList;
import java.util.List;
import org.medius.events.View;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.synth.BodyModel;

/**
 * The body of one frame as volumes around the joint centres of a frontal-view pose: capsules for the limbs and the
 * neck, ellipsoids for pelvis, chest, head, hands and feet.
 *
 * <p>The keypoints are the projected joint centres (image x, y); the renderer only adds depth. Hips and shoulders
 * lie in the depth plane z = 0; each limb segment gets the depth offset that restores its model length
 * ({@code sqrt(L^2 - projected^2)}), the distal joint forwards of the proximal one for thigh, upper arm and forearm
 * (a knee and an elbow flex forwards) and backwards for the shank. So the truth keypoints are exactly the projected
 * joint centres, and the image length of every segment is the one the motion model drew.
 *
 * <p>Proportions: lengths, shoulder and hip widths, foot length and breadth, the head height and the ankle height are
 * fractions of body height H from Winter, <i>Biomechanics and Motor Control of Human Movement</i>, 4th ed. (2009),
 * Fig. 4.1: foot length 0.152 H, foot breadth 0.055 H, chin at 0.870 H (head height 0.130 H), shoulder width 0.259 H,
 * hip width 0.191 H, ankle 0.039 H. Limb and neck radii are Medius choices taken from typical adult circumferences
 * for H = 1.75 m (thigh 55 cm near the hip, calf 37 cm, upper arm 30 cm, forearm 26 cm, neck 37 cm), divided by
 * 2 pi and by H; the trunk and pelvis depths (0.065 H and 0.070 H semi-axes) and the head breadth with the ears and depth (0.048 H,
 * 0.055 H semi-axes) are Medius choices of the same kind, not table values.
 */
final class BodyVolumes {
    static final double THIGH_RADIUS = 0.050;
    static final double SHANK_RADIUS = 0.034;
    /** Radii of the slim capsules at knee and ankle height (knee 37 cm, ankle 22 cm around for H = 1.75 m). */
    static final double KNEE_RADIUS = 0.032;
    static final double ANKLE_RADIUS = 0.021;
    static final double UPPER_ARM_RADIUS = 0.027;
    static final double FOREARM_RADIUS = 0.022;
    static final double NECK_RADIUS = 0.032;
    /** Radius of the capsule joining the shoulders (rounds them like deltoids): a Medius choice. */
    static final double SHOULDER_RADIUS = 0.034;
    static final double FOOT_LENGTH = 0.152;
    /** Where the socks start along the shank, knee = 0, ankle = 1 (a Medius choice: ankle socks). */
    static final double SOCK_START = 0.82;
    static final int SOCK_RGB = 0xF2F2F2;
    static final double FOOT_BREADTH = 0.055;
    static final double HEAD_HEIGHT = 0.130;
    static final double SHOULDER_WIDTH = 0.259;
    static final double HIP_WIDTH = 0.191;
    /** Where the hem of the shorts lies along the thigh, hip 0 to knee 1: a Medius choice. */
    static final double SHORTS_HEM = 0.55;
    /** The waistband's top edge lies this far (fraction of H) above the hip joint centres: a Medius choice. */
    static final double WAIST_HEIGHT = 0.075;
    /** Width of the waistband, fraction of H, and its colour (a light elastic band): Medius choices. */
    static final double WAISTBAND_WIDTH = 0.018;
    static final int WAISTBAND_RGB = 0xC9CDD3;
    /** Half the width of the waist, fraction of H: a Medius choice, narrower than hips and chest. */
    static final double WAIST_HALF_WIDTH = 0.080;
    /** Short sleeves end this far along the upper arm: a Medius choice. */
    static final double SLEEVE_END = 0.45;
    /** The pelvis volume's centre lies this far (fraction of H) above the hip joint centres. */
    static final double PELVIS_CENTRE_HEIGHT = 0.03;

    private BodyVolumes() {
    }

    /**
     * @param pose    the projected joint centres (every keypoint present)
     * @param body    the body model the pose was drawn with
     * @param view    ANTERIOR or POSTERIOR
     * @param downX   the image direction of gravity (x component; (0, 1) without camera roll)
     * @param downY   its y component
     */
    static List<Primitive> of(Pose pose, BodyModel body, View view, Outfit outfit, double downX, double downY) {
        return of(pose, body, view, outfit, downX, downY, null);
    }

    /**
     * The same with something drawn on the pelvis (the skin markers of {@link PelvisMarkers}): {@code onPelvis}
     * turns the pelvis volume's material into the one drawn; null: nothing added.
     */
    static List<Primitive> of(Pose pose, BodyModel body, View view, Outfit outfit, double downX, double downY,
            java.util.function.UnaryOperator<Material> onPelvis) {
        if (!view.isFrontal()) {
            throw new IllegalArgumentException("the renderer draws frontal views only, not " + view);
        }
        double h = body.heightPx();
        double fwd = view == View.POSTERIOR ? 1 : -1;
        Vec3 down = new Vec3(downX, downY, 0);
        Vec3 forward = new Vec3(0, 0, fwd);
        List<Primitive> out = new ArrayList<>();

        Vec3 lHip = at(pose, Keypoint.LEFT_HIP, 0);
        Vec3 rHip = at(pose, Keypoint.RIGHT_HIP, 0);
        Vec3 lShoulder = at(pose, Keypoint.LEFT_SHOULDER, 0);
        Vec3 rShoulder = at(pose, Keypoint.RIGHT_SHOULDER, 0);
        Vec3 midHip = lHip.plus(rHip).times(0.5);
        Vec3 midShoulder = lShoulder.plus(rShoulder).times(0.5);
        Vec3 trunkUp = midShoulder.minus(midHip);
        double trunk = trunkUp.length();

        // Legs.
        for (int side = 0; side < 2; side++) {
            Vec3 hip = side == 0 ? lHip : rHip;
            Keypoint kneeK = side == 0 ? Keypoint.LEFT_KNEE : Keypoint.RIGHT_KNEE;
            Keypoint ankleK = side == 0 ? Keypoint.LEFT_ANKLE : Keypoint.RIGHT_ANKLE;
            Vec3 knee = distal(hip, pose, kneeK, body.thighPx(), fwd);
            Vec3 ankle = distal(knee, pose, ankleK, body.shankPx(), -fwd);
            // Thigh and shank taper: a slim capsule from joint to joint and a muscle belly (an ellipsoid) over its
            // upper part, so the knee and the ankle are narrower than thigh and calf.
            Material thigh = outfit.shorts() ? Material.plane(hip.plus(knee.minus(hip).times(SHORTS_HEM)),
                    hip.minus(knee), Material.solid(outfit.bottomRgb()), outfit.bottomRgb(), 0,
                    Material.solid(outfit.skinRgb())) : Material.solid(outfit.bottomRgb());
            out.add(new Capsule(hip, knee, KNEE_RADIUS * h, thigh));
            out.add(Ellipsoid.oriented(hip.plus(knee.minus(hip).times(0.40)), knee.minus(hip), new Vec3(1, 0, 0),
                    THIGH_RADIUS * h, 0.52 * knee.minus(hip).length(), THIGH_RADIUS * h, thigh));
            Material shank = outfit.shorts() ? Material.split(outfit.skinRgb(), SOCK_START, SOCK_RGB)
                    : Material.solid(outfit.bottomRgb());
            out.add(new Capsule(knee, ankle, ANKLE_RADIUS * h, shank));
            out.add(Ellipsoid.oriented(knee.plus(ankle.minus(knee).times(0.33)), ankle.minus(knee), new Vec3(1, 0, 0),
                    SHANK_RADIUS * h, 0.36 * ankle.minus(knee).length(), SHANK_RADIUS * h,
                    Material.solid(outfit.shorts() ? outfit.skinRgb() : outfit.bottomRgb())));
            double ankleHeight = body.ankleHeightPx();
            Vec3 footCentre = ankle.plus(down.times(0.45 * ankleHeight)).plus(forward.times(0.25 * FOOT_LENGTH * h));
            out.add(Ellipsoid.oriented(footCentre, forward, new Vec3(-downY, downX, 0), 0.7 * FOOT_BREADTH * h,
                    FOOT_LENGTH / 2 * h, 0.65 * ankleHeight, Material.solid(outfit.shoeRgb())));
        }

        // Pelvis and chest, turned with the hip line and the trunk line.
        Vec3 hipSide = lHip.minus(rHip);
        Vec3 pelvisUp = trunkUp.minus(hipSide.times(trunkUp.dot(hipSide) / hipSide.dot(hipSide)));
        // The shirt is tucked into the shorts: the waistband lies on a plane across the pelvis, so it tilts with the
        // pelvis (its drop shows) while the shirt above follows the trunk.
        Material waist = Material.plane(midHip.plus(pelvisUp.unit().times(WAIST_HEIGHT * h)), pelvisUp,
                Material.solid(outfit.topRgb()), WAISTBAND_RGB, WAISTBAND_WIDTH * h, Material.solid(outfit.bottomRgb()));
        out.add(pelvis(midHip, pelvisUp, hipSide, h,
                onPelvis == null ? waist : onPelvis.apply(waist)));
        // The lower abdomen goes with the pelvis, the chest with the trunk: a tilted pelvis shows at the waist, as the
        // lumbar spine bends, and the waist is narrower than hips and chest.
        Vec3 pelvisAxis = pelvisUp.unit();
        out.add(Ellipsoid.oriented(midHip.plus(pelvisAxis.times(0.10 * h)), pelvisUp, hipSide, WAIST_HALF_WIDTH * h,
                0.085 * h, 0.060 * h, waist));
        Vec3 shoulderSide = lShoulder.minus(rShoulder);
        out.add(Ellipsoid.oriented(midHip.plus(trunkUp.times(0.70)), trunkUp, shoulderSide,
                0.5 * SHOULDER_WIDTH * h * 0.76, 0.46 * trunk, 0.065 * h, waist));

        // The shoulder girdle (deltoids and trapezius), from one shoulder joint centre to the other.
        out.add(new Capsule(lShoulder, rShoulder, SHOULDER_RADIUS * h, Material.solid(outfit.topRgb())));

        // Neck and head.
        Vec3 lEar = at(pose, Keypoint.LEFT_EAR, 0);
        Vec3 rEar = at(pose, Keypoint.RIGHT_EAR, 0);
        Vec3 midEar = lEar.plus(rEar).times(0.5);
        Vec3 headUp = midEar.minus(midShoulder);
        Vec3 headCentre = midEar.plus(headUp.unit().times(0.01 * h));
        out.add(new Capsule(midShoulder.minus(trunkUp.unit().times(0.02 * h)), headCentre.minus(headUp.unit()
                .times(0.03 * h)), NECK_RADIUS * h, Material.solid(outfit.skinRgb())));
        int hair = outfit.hairRgb();
        int skin = outfit.skinRgb();
        // Face (front, below the hairline) and nape skin; hair over the rest of the back, the sides and the top.
        Vec3 lateral = lEar.minus(rEar).unit();
        Material head = (point, along, n) -> face(along, n, forward, lateral, skin, hair);
        out.add(Ellipsoid.oriented(headCentre, headUp, lEar.minus(rEar), 0.048 * h, HEAD_HEIGHT / 2 * h, 0.055 * h,
                head));

        // Arms: short sleeves, skin below.
        for (int side = 0; side < 2; side++) {
            Vec3 shoulder = side == 0 ? lShoulder : rShoulder;
            Keypoint elbowK = side == 0 ? Keypoint.LEFT_ELBOW : Keypoint.RIGHT_ELBOW;
            Keypoint wristK = side == 0 ? Keypoint.LEFT_WRIST : Keypoint.RIGHT_WRIST;
            Vec3 elbow = distal(shoulder, pose, elbowK, body.upperArmPx(), fwd);
            Vec3 wrist = distal(elbow, pose, wristK, body.forearmPx(), fwd);
            out.add(new Capsule(shoulder, elbow, UPPER_ARM_RADIUS * h,
                    Material.split(outfit.topRgb(), SLEEVE_END, skin)));
            out.add(new Capsule(elbow, wrist, FOREARM_RADIUS * h, Material.solid(skin)));
            Vec3 hand = wrist.minus(elbow).unit();
            out.add(Ellipsoid.oriented(wrist.plus(hand.times(0.04 * h)), hand, shoulderSide, 0.022 * h, 0.045 * h,
                    0.012 * h, Material.solid(skin)));
        }
        return out;
    }

    /** The pelvis volume of a pose (the same one {@link #of} adds). */
    static Ellipsoid pelvis(Pose pose, BodyModel body, Material material) {
        Vec3 lHip = at(pose, Keypoint.LEFT_HIP, 0);
        Vec3 rHip = at(pose, Keypoint.RIGHT_HIP, 0);
        Vec3 midHip = lHip.plus(rHip).times(0.5);
        Vec3 midShoulder = at(pose, Keypoint.LEFT_SHOULDER, 0).plus(at(pose, Keypoint.RIGHT_SHOULDER, 0)).times(0.5);
        Vec3 trunkUp = midShoulder.minus(midHip);
        Vec3 hipSide = lHip.minus(rHip);
        Vec3 pelvisUp = trunkUp.minus(hipSide.times(trunkUp.dot(hipSide) / hipSide.dot(hipSide)));
        return pelvis(midHip, pelvisUp, hipSide, body.heightPx(), material);
    }

    private static Ellipsoid pelvis(Vec3 midHip, Vec3 pelvisUp, Vec3 hipSide, double h, Material material) {
        return Ellipsoid.oriented(midHip.plus(pelvisUp.unit().times(PELVIS_CENTRE_HEIGHT * h)), pelvisUp, hipSide,
                0.5 * HIP_WIDTH * h * 1.02, 0.085 * h, 0.070 * h, material);
    }

    private static Vec3 at(Pose pose, Keypoint k, double depth) {
        return new Vec3(pose.xPx(k), pose.yPx(k), depth);
    }

    /** The distal joint: its image point, and the depth offset from the proximal joint that restores the length. */
    private static Vec3 distal(Vec3 proximal, Pose pose, Keypoint k, double lengthPx, double depthSign) {
        double dx = pose.xPx(k) - proximal.x();
        double dy = pose.yPx(k) - proximal.y();
        double dz = Math.sqrt(Math.max(0, lengthPx * lengthPx - dx * dx - dy * dy));
        return new Vec3(pose.xPx(k), pose.yPx(k), proximal.z() + depthSign * dz);
    }

    /**
     * The head's colour at a point: hair over the top, back and sides; skin on the face and the nape; and on the
     * face two eyes with brows and a mouth, simple dark marks where a face has them, so that the front of the head
     * reads as a face (a featureless skin oval is neither front nor back). Positions are Medius choices.
     */
    static int face(double along, Vec3 n, Vec3 forward, Vec3 lateral, int skin, int hair) {
        double front = n.dot(forward);
        if (along < 0.2) {
            return skin; // nape and jaw
        }
        if (!(front > 0.35 && along < 0.8)) {
            return hair;
        }
        double side = Math.abs(n.dot(lateral));
        boolean eye = front > 0.75 && side > 0.14 && side < 0.36 && along > 0.52 && along < 0.58;
        boolean brow = front > 0.7 && side > 0.12 && side < 0.40 && along > 0.62 && along < 0.655;
        boolean mouth = front > 0.9 && side < 0.16 && along > 0.29 && along < 0.325;
        if (eye || brow) {
            return 0x2B2119;
        }
        return mouth ? 0x9C4A44 : skin;
    }
}
