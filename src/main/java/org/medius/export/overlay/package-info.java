/**
 * The skeleton, angle labels and a running plot drawn over video frames: key-frame pictures and the overlay video.
 */
package org.medius.export.overlay;
