package org.medius.synth.render;

/**
 * A point or direction in render space, pixels: {@code x} the image column, {@code y} the image row (down), {@code z}
 * the depth away from the camera (an orthographic camera looks along +z).
 */
record Vec3(double x, double y, double z) {
    Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    Vec3 times(double f) {
        return new Vec3(x * f, y * f, z * f);
    }

    double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    double length() {
        return Math.sqrt(dot(this));
    }

    Vec3 unit() {
        double l = length();
        if (!(l > 0)) {
            throw new IllegalArgumentException("no direction: zero vector");
        }
        return times(1 / l);
    }
}
