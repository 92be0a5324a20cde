/**
 * The score stage: the reference table ({@link org.medius.score.ReferenceTable}, built-in
 * {@code reference-values.csv}), per-side summaries of the per-event values (median, IQR by R type 7, count),
 * right-left asymmetries against the SDD, and the weakness score per side ({@link
 * org.medius.score.WeaknessScoring#score}). Independent of how events are detected. Rules and choices:
 * docs/score.md. The score describes a movement pattern, not strength ({@link
 * org.medius.score.WeaknessScoring#STATEMENT}).
 */
package org.medius.score;
