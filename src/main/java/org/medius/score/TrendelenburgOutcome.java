package org.medius.score;

/**
 * The result of the single-leg stance (Trendelenburg) test on one leg, after Hardcastle &amp; Nade 1985 (J Bone Joint
 * Surg Br 67:741): standing on one leg, the pelvis on the free side normally rises or stays level; it drops in a
 * positive sign; a trunk leaning over the stance leg keeps it level in a compensated sign. The thresholds are Medius's
 * own (the measurement's SDD, see {@link TrendelenburgClassifier}).
 */
public enum TrendelenburgOutcome {
    /** The free side stayed level or rose: no drop larger than the CPD's SDD, no lean larger than the trunk's. */
    NEGATIVE("negative"),
    /** The free side dropped by more than the CPD's SDD. */
    POSITIVE("positive"),
    /** The free side stayed level, but the trunk leaned towards the stance leg by more than the trunk lean's SDD. */
    COMPENSATED("compensated"),
    /** No hold on this leg, or no frontal-plane value in it, or no SDD in the reference table. */
    NOT_MEASURED("not measured");

    private final String word;

    TrendelenburgOutcome(String word) {
        this.word = word;
    }

    /** The plain word shown and exported: negative, positive, compensated, not measured. */
    public String word() {
        return word;
    }
}
