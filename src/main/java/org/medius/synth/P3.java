package org.medius.synth;

/**
 * A point of the body in the world, pixels: {@code lat} towards the person's own left, {@code up} above the floor,
 * {@code fwd} in the person's walking (facing) direction.
 */
record P3(double lat, double up, double fwd) {
    P3 plus(P3 o) {
        return new P3(lat + o.lat, up + o.up, fwd + o.fwd);
    }

    P3 minus(P3 o) {
        return new P3(lat - o.lat, up - o.up, fwd - o.fwd);
    }

    P3 times(double f) {
        return new P3(lat * f, up * f, fwd * f);
    }

    double dot(P3 o) {
        return lat * o.lat + up * o.up + fwd * o.fwd;
    }

    double length() {
        return Math.sqrt(dot(this));
    }
}
