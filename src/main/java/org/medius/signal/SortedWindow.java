package org.medius.signal;

import java.util.Arrays;

/**
 * The finite values of a sliding window, kept sorted so that the median costs O(1) and the median absolute
 * deviation O(window) per step, instead of sorting every window afresh. Insert and remove are O(window) shifts.
 */
final class SortedWindow {
    private final double[] sorted;
    private int count;

    SortedWindow(int capacity) {
        sorted = new double[capacity];
    }

    int count() {
        return count;
    }

    void add(double value) {
        int at = Arrays.binarySearch(sorted, 0, count, value);
        if (at < 0) {
            at = -at - 1;
        }
        System.arraycopy(sorted, at, sorted, at + 1, count - at);
        sorted[at] = value;
        count++;
    }

    void remove(double value) {
        int at = Arrays.binarySearch(sorted, 0, count, value);
        if (at < 0) {
            throw new IllegalStateException("value " + value + " is not in the window");
        }
        System.arraycopy(sorted, at + 1, sorted, at, count - at - 1);
        count--;
    }

    /** Median: the middle value, or the mean of the two middle values for an even count. */
    double median() {
        int half = count / 2;
        return count % 2 == 1 ? sorted[half] : 0.5 * (sorted[half - 1] + sorted[half]);
    }

    /**
     * Median of {@code |v - median|} over the window. Below the split {@code count / 2} the deviations grow towards
     * the start, from it on they grow towards the end, so merging the two runs outward yields the deviations in
     * increasing order; the merge stops at the middle one(s).
     */
    double medianAbsoluteDeviation(double median) {
        int lower = count / 2 - 1;
        int upper = count / 2;
        int wanted = count / 2;
        double previous = 0;
        double current = 0;
        for (int taken = 0; taken <= wanted; taken++) {
            previous = current;
            double lowDev = lower >= 0 ? median - sorted[lower] : Double.POSITIVE_INFINITY;
            double highDev = upper < count ? sorted[upper] - median : Double.POSITIVE_INFINITY;
            if (lowDev <= highDev) {
                current = lowDev;
                lower--;
            } else {
                current = highDev;
                upper++;
            }
        }
        return count % 2 == 1 ? current : 0.5 * (previous + current);
    }
}
