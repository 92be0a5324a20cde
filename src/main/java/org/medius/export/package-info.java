/**
 * Writing results: per-frame and per-event CSV, JSON (and reading it back), TRC/MOT for OpenSim, the cohort
 * overview, the printed summary text, rendered figure clips.
 */
package org.medius.export;
