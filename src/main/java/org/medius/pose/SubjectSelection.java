package org.medius.pose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medius.model.SubjectHint;

/**
 * Chooses the subject among the people found on one frame (poses from several crops of it).
 *
 * <p>Without a hint the subject is the candidate with the highest score
 * {@code sqrt(boxArea / frameArea) * (1 - distance(boxCentre, frameCentre) / halfDiagonal)}: the square root
 * makes it linear in the person's height, so a person twice as tall beats one twice as far from the centre; a
 * person at a corner scores 0. With a point hint it is the candidate whose box (grown by half a torso) contains
 * the point, the nearest mid-hip if several; with a box hint the candidate with the highest IoU, at least
 * {@link #MIN_HINT_IOU}.
 */
final class SubjectSelection {
    /** Two candidates with boxes overlapping more than this are the same person seen through two crops. */
    static final double SAME_PERSON_IOU = 0.5;
    /** ... or when one box lies this much inside the other and their mid-hips are within a torso length. */
    static final double SAME_PERSON_CONTAINMENT = 0.8;
    static final double MIN_HINT_IOU = 0.1;

    private SubjectSelection() {
    }

    /** One observation per person: the most complete of each group of duplicates, most complete first. */
    static List<SubjectObservation> dedupe(List<SubjectObservation> candidates) {
        List<SubjectObservation> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(SubjectObservation::quality).reversed());
        List<SubjectObservation> kept = new ArrayList<>();
        for (SubjectObservation c : sorted) {
            boolean duplicate = false;
            for (SubjectObservation k : kept) {
                if (samePerson(c, k)) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                kept.add(c);
            }
        }
        return kept;
    }

    static boolean samePerson(SubjectObservation a, SubjectObservation b) {
        if (a.box().iou(b.box()) > SAME_PERSON_IOU) {
            return true;
        }
        double torso = Math.max(a.torsoPx(), b.torsoPx());
        return a.box().containment(b.box()) > SAME_PERSON_CONTAINMENT && a.distanceTo(b.hipX(), b.hipY()) < torso;
    }

    /** The default score (see the class comment); higher is better. */
    static double score(SubjectObservation o, int widthPx, int heightPx) {
        double size = Math.sqrt(o.box().area() / ((double) widthPx * heightPx));
        double halfDiagonal = Math.hypot(widthPx, heightPx) / 2;
        double off = Math.hypot(o.box().centreX() - widthPx / 2.0, o.box().centreY() - heightPx / 2.0) / halfDiagonal;
        return size * Math.max(0, 1 - off);
    }

    /** The subject among {@code candidates} (deduplicated or not), or null when none fits the hint / none is given. */
    static SubjectObservation choose(List<SubjectObservation> candidates, int widthPx, int heightPx, SubjectHint hint) {
        List<SubjectObservation> people = dedupe(candidates);
        SubjectObservation best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (SubjectObservation c : people) {
            double value;
            if (hint == null) {
                value = score(c, widthPx, heightPx);
            } else if (hint.isPoint()) {
                double grow = c.torsoPx() / 2;
                SubjectBox b = c.box();
                if (!new SubjectBox(b.xMin() - grow, b.yMin() - grow, b.xMax() + grow, b.yMax() + grow)
                        .contains(hint.xMinPx(), hint.yMinPx())) {
                    continue;
                }
                value = -c.distanceTo(hint.xMinPx(), hint.yMinPx());
            } else {
                value = c.box().iou(SubjectBox.of(hint));
                if (value < MIN_HINT_IOU) {
                    continue;
                }
            }
            if (value > bestValue) {
                bestValue = value;
                best = c;
            }
        }
        return best;
    }
}
