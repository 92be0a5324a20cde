/**
 * Events from the filtered tracks: the camera view per stretch of video, stances and steps (side, front and back
 * views), repetitions with their working leg, cadence.
 */
package org.medius.events;
