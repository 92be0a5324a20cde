package org.medius.ui;

/** Parses a frame range typed by the user: "40-55", "40–55" or "40", numbered from 1. */
final class FrameRange {
    private FrameRange() {
    }

    /**
     * @return {from, to}, both within 1..frameCount and from <= to
     * @throws IllegalArgumentException with a sentence for the user
     */
    static int[] parse(String text, int frameCount) {
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        try {
            int from = Integer.parseInt(parts[0].trim());
            int to = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : from;
            if (parts.length > 2 || from < 1 || to > frameCount || from > to) {
                throw new NumberFormatException();
            }
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Give the frames to exclude as FROM-TO between 1 and " + frameCount
                    + " (e.g. 40-55), not '" + text.trim() + "'.");
        }
    }
}
