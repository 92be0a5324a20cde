package org.medius.synth;

/** A point in the image, pixels, y down. */
record Pt(double x, double y) {
    Pt plus(Pt o) {
        return new Pt(x + o.x, y + o.y);
    }

    Pt minus(Pt o) {
        return new Pt(x - o.x, y - o.y);
    }

    Pt times(double f) {
        return new Pt(x * f, y * f);
    }

    double dot(Pt o) {
        return x * o.x + y * o.y;
    }

    double length() {
        return Math.hypot(x, y);
    }

    static Pt mid(Pt a, Pt b) {
        return new Pt((a.x + b.x) / 2, (a.y + b.y) / 2);
    }
}
