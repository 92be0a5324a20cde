/** The clinical PDF report: layout, plain wording of the score, key frames and camera-setup advice. */
package org.medius.export.report;
