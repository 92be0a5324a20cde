package org.medius.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.VideoAnalyzer;
import org.medius.model.PelvisMarkerTrack;
import org.medius.session.Session;
import org.medius.video.VideoException;

/**
 * Runs the pipeline again on a session (poses as saved, with the corrections and settings in force), no pose model:
 * milliseconds for a short clip, about 1.6 s for a 10-minute video on 2 cores (docs/viewer.md), too long to hold
 * the window. When the pipeline cannot run (e.g. every frame excluded) the result says why instead. When the
 * pelvis markers are asked for the first time, the video is searched for them first (a decode, no pose model).
 */
final class MeasureJob implements BackgroundTask.Work<MeasureJob.Measured> {

    /** @param analysis null when the pipeline could not run; {@code problem} then says why, in one sentence */
    record Measured(Session session, Analysis analysis, String problem) {
    }

    private final Session session;
    private final Path video;
    private final String softwareVersion;

    /** @param video the session's video file, searched for the pelvis markers when they are asked for first */
    MeasureJob(Session session, Path video, String softwareVersion) {
        this.session = session;
        this.video = video;
        this.softwareVersion = softwareVersion;
    }

    @Override
    public Measured call(BackgroundTask.Context context) {
        try {
            Session s = session;
            if (s.needsMarkerTrack()) {
                context.updateMessage("Finding the pelvis markers in " + video.getFileName() + "…");
                PelvisMarkerTrack track = VideoAnalyzer.trackPelvisMarkers(video, s.modelPoses(),
                        context::isCancelled);
                if (track.markerFrames() == 0) {
                    return new Measured(s, null, noMarkers());
                }
                s = s.withMarkers(track);
            }
            return new Measured(s, s.analyse(softwareVersion), null);
        } catch (VideoException e) {
            return new Measured(session, null, e.getMessage());
        } catch (AnalysisCancelledException e) {
            return new Measured(session, null, "The search for the pelvis markers was stopped.");
        } catch (NoPersonException e) {
            return new Measured(session, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Measured(session, null, ErrorMessages.of(e));
        }
    }

    private String noMarkers() {
        return String.format(Locale.ROOT, "No pelvis markers were found in %s. Stick two small markers of one bright"
                + " colour on the pelvis (both front hip bones when filmed from the front, both dimples at the back"
                + " when filmed from behind), film again, and choose Edit > Pelvis Markers. Help: docs/markers.md.",
                video.getFileName());
    }
}
