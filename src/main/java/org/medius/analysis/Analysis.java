package org.medius.analysis;

import java.util.List;
import org.medius.events.EventDetection;
import org.medius.score.ScoreResult;
import org.medius.events.ViewEstimate;
import org.medius.kinematics.RollCorrection;
import org.medius.model.VideoMetadata;

/**
 * The result of analysing one video: what the viewer, the command line and every exporter read. Immutable.
 *
 * @param video            the source video
 * @param settings         the settings used
 * @param effectiveCutoffHz the low-pass cut-off actually applied (lower than asked when the frame rate demands)
 * @param roll             the camera-roll correction applied to the filtered keypoints before the angles
 * @param view             the camera view, detected per video and per stretch of frames, or given by the user
 * @param softwareVersion  Medius version
 * @param model            pose model name and file
 * @param frames           every decoded frame, in order
 * @param framesWithPerson frames on which the person's hips, knees and ankles were confidently seen
 * @param events           stances or repetitions, step and repetition counts, cadence
 * @param eventMeasures    per event (in the order of {@code events.events()}): peak CPD, FPPA at depth, ...
 * @param score            per-side summaries of the events, asymmetries and the weakness score
 * @param warnings         plain-language notes on the result's quality (e.g. a lowered cut-off)
 */
public record Analysis(VideoMetadata video, AnalysisSettings settings, double effectiveCutoffHz,
        RollCorrection roll, ViewEstimate view, String softwareVersion, String model, List<AnalysedFrame> frames, int framesWithPerson,
        EventDetection events, List<EventMeasures> eventMeasures, ScoreResult score, List<String> warnings) {

    public Analysis {
        frames = List.copyOf(frames);
        eventMeasures = List.copyOf(eventMeasures);
        warnings = List.copyOf(warnings);
    }

    /** The same analysis with one more note, put first (e.g. that another pose model had to be used). */
    public Analysis withNoteFirst(String note) {
        List<String> notes = new java.util.ArrayList<>(warnings.size() + 1);
        notes.add(note);
        notes.addAll(warnings);
        return new Analysis(video, settings, effectiveCutoffHz, roll, view, softwareVersion, model, frames,
                framesWithPerson, events, eventMeasures, score, notes);
    }
}
