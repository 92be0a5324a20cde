package org.medius.synth;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Pose;

/** The counted stances of a gait timing as events and foot contacts. */
final class GaitEvents {
    private GaitEvents() {
    }

    static Motion motion(List<Pose> poses, GaitTiming timing, FrameClock clock) {
        List<Motion.Event> events = new ArrayList<>();
        List<FootContact> contacts = new ArrayList<>();
        for (GaitTiming.Step s : timing.counted()) {
            int strike = clock.frameAt(s.strike());
            int toeOff = clock.frameAt(s.toeOff());
            events.add(new Motion.Event(EventTruth.Kind.STANCE, s.side(), strike, clock.frameAt(s.peak()), toeOff));
            contacts.add(new FootContact(s.side(), strike, toeOff, s.strike(), s.toeOff()));
        }
        return new Motion(poses, events, contacts, events.size(), timing.cadenceStepsPerMin());
    }
}
