package org.medius.video;

/**
 * Converts the two ways containers store a display rotation into the clockwise rotation that makes a decoded
 * picture upright.
 *
 * <ul>
 * <li>The display matrix (mp4/mov {@code tkhd} matrix, Matroska projection, stream side data "Display Matrix"):
 * FFmpeg's {@code av_display_rotation_get} returns the angle by which the matrix rotates the picture
 * <em>counter-clockwise</em>; ffprobe prints this value as "rotation of -90.00 degrees" for a phone held upright.
 * To display the picture as intended we rotate it <em>clockwise</em> by the negated angle (the same thing the
 * ffmpeg command line does with its autorotate filter): -90 gives 90 clockwise, +90 gives 270 clockwise.</li>
 * <li>The legacy {@code rotate} stream tag, written by older FFmpeg versions and some tools: its value is already
 * the clockwise angle (an upright phone video has {@code rotate=90}).</li>
 * </ul>
 * Angles are rounded to the nearest multiple of 90 degrees; mirroring in a display matrix is ignored.
 */
final class DisplayRotation {

    private DisplayRotation() {
    }

    /**
     * @param counterClockwiseDegrees the value of {@code av_display_rotation_get} (NaN for a degenerate matrix)
     * @return clockwise rotation to apply: 0, 90, 180 or 270
     */
    static int clockwiseFromDisplayMatrix(double counterClockwiseDegrees) {
        if (!Double.isFinite(counterClockwiseDegrees)) {
            return 0;
        }
        return normalize(-counterClockwiseDegrees);
    }

    /**
     * @param rotateTag the value of the legacy {@code rotate} tag, e.g. "90"; null or unparsable gives 0
     * @return clockwise rotation to apply: 0, 90, 180 or 270
     */
    static int clockwiseFromRotateTag(String rotateTag) {
        if (rotateTag == null) {
            return 0;
        }
        try {
            double degrees = Double.parseDouble(rotateTag.trim());
            return Double.isFinite(degrees) ? normalize(degrees) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Rounds to the nearest quarter turn and maps into [0, 360). */
    static int normalize(double clockwiseDegrees) {
        long quarterTurns = Math.round(clockwiseDegrees / 90.0);
        return (int) Math.floorMod(quarterTurns, 4L) * 90;
    }
}
