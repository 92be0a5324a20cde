package org.medius.pose;

/** An axis-aligned box in frame pixels. */
record SubjectBox(double xMin, double yMin, double xMax, double yMax) {

    /** The box of a user's hint (a point is a box of zero size). */
    static SubjectBox of(org.medius.model.SubjectHint hint) {
        return new SubjectBox(hint.xMinPx(), hint.yMinPx(), hint.xMaxPx(), hint.yMaxPx());
    }

    double width() {
        return xMax - xMin;
    }

    double height() {
        return yMax - yMin;
    }

    double area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    double centreX() {
        return (xMin + xMax) / 2;
    }

    double centreY() {
        return (yMin + yMax) / 2;
    }

    boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    SubjectBox shifted(double dx, double dy) {
        return new SubjectBox(xMin + dx, yMin + dy, xMax + dx, yMax + dy);
    }

    double intersection(SubjectBox o) {
        double w = Math.min(xMax, o.xMax) - Math.max(xMin, o.xMin);
        double h = Math.min(yMax, o.yMax) - Math.max(yMin, o.yMin);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    /** Intersection over union; 0 when either box is empty. */
    double iou(SubjectBox o) {
        double inter = intersection(o);
        double union = area() + o.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** Intersection over the smaller box's area: 1 when one box lies inside the other. */
    double containment(SubjectBox o) {
        double smaller = Math.min(area(), o.area());
        return smaller <= 0 ? 0 : intersection(o) / smaller;
    }
}
