/**
 * One analysis from start to end: {@link org.medius.analysis.AnalysisRunner} (the front door: model, subject
 * tracking, progress, cancellation, timing, re-runs), the pipeline from poses to angles, events, per-event values
 * and score, and the speed benchmark.
 */
package org.medius.analysis;
