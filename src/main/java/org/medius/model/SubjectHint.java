package org.medius.model;

/**
 * Who the subject is, as the user showed it on the video: a point on the person or a box around them, in
 * pixels of the displayed frame. A point is a box of zero size. The subject is the first confidently seen person
 * whose bounding box contains the point, or overlaps the box most (see {@code pose.SubjectSelection}).
 */
public record SubjectHint(double xMinPx, double yMinPx, double xMaxPx, double yMaxPx) {

    public SubjectHint {
        if (!(xMinPx <= xMaxPx) || !(yMinPx <= yMaxPx)) {
            throw new IllegalArgumentException("a subject hint needs min <= max and no NaN: " + xMinPx + ", "
                    + yMinPx + ", " + xMaxPx + ", " + yMaxPx);
        }
    }

    public static SubjectHint point(double xPx, double yPx) {
        return new SubjectHint(xPx, yPx, xPx, yPx);
    }

    public static SubjectHint box(double xMinPx, double yMinPx, double xMaxPx, double yMaxPx) {
        return new SubjectHint(xMinPx, yMinPx, xMaxPx, yMaxPx);
    }

    public boolean isPoint() {
        return xMinPx == xMaxPx && yMinPx == yMaxPx;
    }
}
