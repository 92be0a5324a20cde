package org.medius.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Local maxima of a sampled signal with their topographic prominence, as SciPy's {@code find_peaks} defines it:
 * the height of a peak above the higher of the two lowest points between it and the nearest higher sample on
 * each side (or the signal's end). NaN samples split the signal: a peak's bases never reach across a NaN.
 */
public final class Peaks {

    /** A local maximum at sample {@code index} with its prominence (same unit as the signal). */
    public record Peak(int index, double value, double prominence) {
    }

    private Peaks() {
    }

    /**
     * Peaks at least {@code minProminence} prominent and at least {@code minDistanceSamples} apart; when two are
     * closer, the more prominent one is kept (ties: the earlier). A plateau counts once, at its middle.
     *
     * @return in index order
     */
    public static List<Peak> find(double[] v, double minProminence, int minDistanceSamples) {
        List<Peak> candidates = new ArrayList<>();
        int n = v.length;
        int i = 1;
        while (i < n - 1) {
            if (Double.isNaN(v[i]) || Double.isNaN(v[i - 1]) || !(v[i] > v[i - 1])) {
                i++;
                continue;
            }
            int j = i; // walk over a plateau
            while (j + 1 < n && v[j + 1] == v[i]) {
                j++;
            }
            if (j + 1 < n && !Double.isNaN(v[j + 1]) && v[j + 1] < v[i]) {
                int mid = (i + j) / 2;
                double p = prominence(v, i, j);
                if (p >= minProminence) {
                    candidates.add(new Peak(mid, v[mid], p));
                }
            }
            i = j + 1;
        }
        return thin(candidates, minDistanceSamples);
    }

    /** The same on the negated signal: troughs, with their depth as prominence and their true values. */
    public static List<Peak> findTroughs(double[] v, double minProminence, int minDistanceSamples) {
        double[] neg = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            neg[i] = -v[i];
        }
        List<Peak> out = new ArrayList<>();
        for (Peak p : find(neg, minProminence, minDistanceSamples)) {
            out.add(new Peak(p.index(), v[p.index()], p.prominence()));
        }
        return out;
    }

    private static double prominence(double[] v, int first, int last) {
        double h = v[first];
        double leftMin = h;
        for (int k = first - 1; k >= 0 && !Double.isNaN(v[k]) && v[k] <= h; k--) {
            leftMin = Math.min(leftMin, v[k]);
        }
        double rightMin = h;
        for (int k = last + 1; k < v.length && !Double.isNaN(v[k]) && v[k] <= h; k++) {
            rightMin = Math.min(rightMin, v[k]);
        }
        return h - Math.max(leftMin, rightMin);
    }

    private static List<Peak> thin(List<Peak> peaks, int minDistance) {
        if (minDistance <= 1) {
            return peaks;
        }
        List<Peak> byProminence = new ArrayList<>(peaks);
        byProminence.sort(Comparator.comparingDouble(Peak::prominence).reversed()
                .thenComparingInt(Peak::index));
        List<Peak> kept = new ArrayList<>();
        for (Peak p : byProminence) {
            boolean clear = true;
            for (Peak k : kept) {
                clear &= Math.abs(k.index() - p.index()) >= minDistance;
            }
            if (clear) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingInt(Peak::index));
        return kept;
    }
}
