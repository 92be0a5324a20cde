/**
 * The JavaFX viewer: the window, the video with the skeleton, synchronised plots, the score, corrections with
 * undo, and the view model behind them.
 */
package org.medius.ui;
