package org.medius.synth;

import org.medius.model.Side;

/** One number per side of the body. */
public record PerSide(double left, double right) {
    static final PerSide ZERO = new PerSide(0, 0);

    /** The same number for both sides. */
    public static PerSide both(double value) {
        return new PerSide(value, value);
    }

    public double get(Side side) {
        return side == Side.LEFT ? left : right;
    }

    PerSide with(Side side, double value) {
        return side == Side.LEFT ? new PerSide(value, right) : new PerSide(left, value);
    }
}
