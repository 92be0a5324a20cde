package org.medius.kinematics;

import org.medius.model.Keypoint;
import org.medius.model.Pose;

/** A point or vector in image pixels (y down). NaN components mean "not seen" and propagate. */
record Vec2(double xPx, double yPx) {

    static Vec2 of(Pose pose, Keypoint k) {
        return new Vec2(pose.xPx(k), pose.yPx(k));
    }

    static Vec2 mid(Vec2 a, Vec2 b) {
        return new Vec2((a.xPx + b.xPx) / 2, (a.yPx + b.yPx) / 2);
    }

    Vec2 minus(Vec2 o) {
        return new Vec2(xPx - o.xPx, yPx - o.yPx);
    }

    Vec2 scaled(double f) {
        return new Vec2(xPx * f, yPx * f);
    }

    double dot(Vec2 o) {
        return xPx * o.xPx + yPx * o.yPx;
    }

    /** z of this x o; in y-down image coordinates positive means o is clockwise from this on screen. */
    double cross(Vec2 o) {
        return xPx * o.yPx - yPx * o.xPx;
    }

    double length() {
        return Math.hypot(xPx, yPx);
    }
}
