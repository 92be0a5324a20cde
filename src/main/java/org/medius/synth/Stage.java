package org.medius.synth;

import org.medius.events.View;

/**
 * The camera, as an orthographic projection of the world onto the image (no perspective): one world pixel is one
 * image pixel, the floor is the image row {@code floorYPx}, and
 * <ul>
 *   <li>in a frontal view the image x is {@code originXPx + leftX * lat} with leftX = +1 anterior (the person's left on
 *       the image right), -1 posterior; the forward coordinate is dropped;</li>
 *   <li>in a sagittal view the image x is {@code originXPx + dir * fwd} with dir = +1 for {@link View#SAGITTAL_RIGHT}
 *       (walking towards the image right), -1 for {@link View#SAGITTAL_LEFT}; the lateral coordinate is dropped, so
 *       left and right keypoints of one joint coincide.</li>
 * </ul>
 * Camera roll is applied afterwards to the image points (see {@link Corruptions#rolled}).
 */
record Stage(View view, double widthPx, double heightPx, double floorYPx, double originXPx) {

    /** A stage with the person's feet half a body height below the image centre (the body centred vertically). */
    static Stage centred(View view, double widthPx, double heightPx, BodyModel body) {
        return new Stage(view, widthPx, heightPx, heightPx / 2 + body.heightPx() / 2, widthPx / 2);
    }

    /** +1 when the person's left is on the image right (anterior), -1 when on the image left (posterior). */
    double leftX() {
        if (!view.isFrontal()) {
            throw new IllegalStateException("no frontal sides in a " + view + " view");
        }
        return view == View.ANTERIOR ? 1 : -1;
    }

    /** +1 when the person walks towards the image right. */
    double dir() {
        if (!view.isSagittal()) {
            throw new IllegalStateException("no walking direction in a " + view + " view");
        }
        return view == View.SAGITTAL_RIGHT ? 1 : -1;
    }

    Pt image(P3 p) {
        double x = view.isFrontal() ? originXPx + leftX() * p.lat() : originXPx + dir() * p.fwd();
        return new Pt(x, floorYPx - p.up());
    }
}
