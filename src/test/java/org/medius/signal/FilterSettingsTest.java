package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FilterSettingsTest {
    @Test
    void taskDefaultsFollowTheMeasurementSpec() {
        FilterSettings walking = FilterSettings.walking();
        assertEquals(0.3, walking.confidenceThreshold());
        assertEquals(0.15, walking.maxGapSeconds());
        assertEquals(FilterSettings.HAMPEL_FROM_FRAME_RATE, walking.hampelHalfWindow());
        assertEquals(6.0, walking.cutoffHz());
        assertEquals(10.0, FilterSettings.running().cutoffHz());
        assertEquals(10.0, FilterSettings.fastMovement().cutoffHz());
    }

    @Test
    void hampelHalfWindowIsDerivedFromTheRateUnlessFixed() {
        assertEquals(3, FilterSettings.walking().hampelHalfWindowAt(30));
        assertEquals(6, FilterSettings.walking().hampelHalfWindowAt(60));
        assertEquals(4, new FilterSettings(0.3, 0.15, 4, 6).hampelHalfWindowAt(60));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FilterSettings(1.2, 0.15, 0, 6));
        assertThrows(IllegalArgumentException.class, () -> new FilterSettings(-0.1, 0.15, 0, 6));
        assertThrows(IllegalArgumentException.class, () -> new FilterSettings(Double.NaN, 0.15, 0, 6));
        assertThrows(IllegalArgumentException.class, () -> new FilterSettings(0.3, -1, 0, 6));
        assertThrows(IllegalArgumentException.class, () -> new FilterSettings(0.3, Double.POSITIVE_INFINITY, 0, 6));
        assertThrows(IllegalArgumentException.class, () -> new FilterSettings(0.3, 0.15, -1, 6));
        assertThrows(IllegalArgumentException.class, () -> new FilterSettings(0.3, 0.15, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new FilterSettings(0.3, 0.15, 0, Double.NaN));
    }
}
