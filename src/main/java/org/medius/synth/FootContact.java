package org.medius.synth;

import org.medius.model.Side;

/**
 * One counted stance of one foot: foot strike and toe-off, as frames and as those frames' real timestamps. The foot
 * is on the floor (ankle still and lowest) on every frame from strike to toe-off inclusive.
 */
public record FootContact(Side foot, int strikeFrame, int toeOffFrame, double strikeSeconds, double toeOffSeconds) {
}
