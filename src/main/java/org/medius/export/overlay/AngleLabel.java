package org.medius.export.overlay;

/**
 * One value written beside a joint.
 *
 * @param text               e.g. {@code "L FPPA 5.2°"}; a dash stands for a value that is missing or unreliable
 * @param jointXPx           the joint's x in pixels of the upright frame (NaN when the joint is missing)
 * @param jointYPx           the joint's y
 * @param side               whose value it is (the box's outline colour)
 * @param towardsLeftOfJoint true to place the box to the joint's left in the picture (outside the body)
 */
public record AngleLabel(String text, double jointXPx, double jointYPx, BodySide side, boolean towardsLeftOfJoint) {

    /** True when the joint is known, so the label has a place. */
    public boolean placed() {
        return Double.isFinite(jointXPx) && Double.isFinite(jointYPx);
    }
}
