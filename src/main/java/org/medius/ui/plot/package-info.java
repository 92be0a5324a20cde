/** The viewer's time-series plots: axes, bands, markers and the decimation that keeps long videos fast. */
package org.medius.ui.plot;
