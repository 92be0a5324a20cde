/**
 * Per-coordinate signal stages for keypoint tracks, in the order of docs/measurement.md ("Signal processing
 * (order matters)"): {@link org.medius.signal.ConfidenceGate} -> {@link org.medius.signal.GapFiller} (PCHIP,
 * short gaps only) -> {@link org.medius.signal.HampelFilter} -> {@link org.medius.signal.ButterworthLowPass}
 * (zero-lag, 4th order combined), chained by {@link org.medius.signal.KeypointTrackFilter}.
 *
 * <p>Every stage is a pure function on {@code double[]} series: it never changes its inputs and returns new
 * arrays. A missing sample is NaN and keeps its slot. Time is the real per-frame timestamp in seconds (phones
 * record variable frame rate), never an index divided by a rounded fps. Arrays inside the returned records
 * belong to the caller; records holding arrays compare by identity.
 */
package org.medius.signal;
