/**
 * Frame decoding for the viewer's player, free of the UI toolkit: a frame source and a pool of reusable pixel
 * buffers.
 */
package org.medius.ui.player;
