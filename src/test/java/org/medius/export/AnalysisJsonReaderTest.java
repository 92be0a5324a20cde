package org.medius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.RollChoice;
import org.medius.model.Keypoint;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.score.ReferenceTable;
import org.medius.synth.GapFill;
import org.medius.synth.SyntheticTrack;

/** An analysis written by {@link AnalysisJson} and read back by {@link AnalysisJsonReader} is the same analysis. */
class AnalysisJsonReaderTest {
    @TempDir
    static Path dir;
    static Analysis original;
    static Path json;

    @BeforeAll
    static void writeASquatAnalysis() throws Exception {
        SyntheticTrack track = SyntheticTrack.squat().reps(3).fps(30).noisePx(1).seed(11)
                .gap(40, 42, GapFill.NAN, Keypoint.LEFT_KNEE).generate();
        original = analyse(track, AnalysisSettings.defaults(Task.SQUAT).withSex(Sex.FEMALE));
        json = dir.resolve("squat.json");
        AnalysisJson.write(original, json);
    }

    static Analysis analyse(SyntheticTrack track, AnalysisSettings settings) throws Exception {
        int n = track.frames().size();
        double duration = track.frames().get(n - 1).timestampSeconds();
        VideoMetadata video = new VideoMetadata("squat.mp4", (int) track.truth().imageWidthPx(),
                (int) track.truth().imageHeightPx(), 0, "h264", 30, duration);
        return AnalysisPipeline.analyse(track.frames(), video, "synthetic model", "test 1.0", settings);
    }

    @Test
    void readingBackGivesTheSameAnglesEventsAndScore() throws Exception {
        Analysis back = AnalysisJsonReader.read(json);
        assertEquals(original.video(), back.video());
        assertEquals(original.model(), back.model());
        assertEquals(original.softwareVersion(), back.softwareVersion());
        assertEquals(original.frames().size(), back.frames().size());
        for (int i = 0; i < original.frames().size(); i++) {
            assertEquals(original.frames().get(i).angles(), back.frames().get(i).angles(), "frame " + i);
            assertEquals(original.frames().get(i).rawPose(), back.frames().get(i).rawPose(), "frame " + i);
        }
        assertTrue(original.events().repetitionCount() > 0, "the synthetic squats are found");
        assertEquals(original.events().repetitionCount(), back.events().repetitionCount());
        assertEquals(original.events(), back.events());
        assertEquals(original.eventMeasures(), back.eventMeasures());
        assertEquals(original.score(), back.score());
        assertEquals(Sex.FEMALE, back.settings().scoring().sex());
        assertEquals(original.roll(), back.roll());
        assertEquals(original.view(), back.view());
        assertEquals(original.warnings(), back.warnings());
        assertEquals(original.effectiveCutoffHz(), back.effectiveCutoffHz());
    }

    @Test
    void aGivenRollAndAUserReferenceTableAreReadBack() throws Exception {
        Path table = dir.resolve("my-refs.csv");
        try (var in = ReferenceTable.class.getResourceAsStream(ReferenceTable.BUILT_IN_RESOURCE)) {
            Files.write(table, in.readAllBytes());
        }
        Analysis a = analyse(SyntheticTrack.singleLegSquat(Side.LEFT).reps(3).fps(30).fppaDeg(Side.LEFT, 20)
                .generate(), AnalysisSettings.defaults(Task.SINGLE_LEG_SQUAT).withRoll(RollChoice.user(2.5))
                .withReferences(ReferenceTable.load(table)));
        Path file = dir.resolve("sls.json");
        AnalysisJson.write(a, file);
        Analysis back = AnalysisJsonReader.read(file);
        assertEquals(RollChoice.user(2.5), back.settings().roll());
        assertEquals(table.toString(), back.settings().references().source());
        assertEquals(a.score(), back.score());

        Files.delete(table);
        AnalysisFileException e = assertThrows(AnalysisFileException.class, () -> AnalysisJsonReader.read(file));
        assertTrue(e.getMessage().contains(table.toString()) && e.getMessage().contains("is not here"), e.getMessage());
    }

    @Test
    void aJsonFileWithoutFramesIsNotAnAnalysisFile() throws Exception {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"name\": \"something else\"}");
        AnalysisFileException e = assertThrows(AnalysisFileException.class, () -> AnalysisJsonReader.read(other));
        assertEquals(other + " is not a Medius analysis file (no \"frames\"); write one with medius analyze"
                + " --format json.", e.getMessage());
    }

    @Test
    void aTruncatedFileSaysSoAndNamesTheFile() throws Exception {
        String text = Files.readString(json);
        Path cut = Files.writeString(dir.resolve("cut.json"), text.substring(0, text.length() * 2 / 3));
        AnalysisFileException e = assertThrows(AnalysisFileException.class, () -> AnalysisJsonReader.read(cut));
        assertTrue(e.getMessage().startsWith(cut + " is not a Medius analysis file (it is not complete JSON"),
                e.getMessage());
    }

    @Test
    void aNewerFormatVersionAsksForTheNewerMedius() throws Exception {
        Path newer = Files.writeString(dir.resolve("newer.json"),
                Files.readString(json).replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : 3"));
        AnalysisFileException e = assertThrows(AnalysisFileException.class, () -> AnalysisJsonReader.read(newer));
        assertEquals(newer + " is a Medius analysis file of format version 3, and this Medius reads version 2; use"
                + " the newer Medius that wrote it.", e.getMessage());
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        Path noTask = Files.writeString(dir.resolve("notask.json"),
                Files.readString(json).replaceFirst("\"task\" : \"squat\",", ""));
        AnalysisFileException e = assertThrows(AnalysisFileException.class, () -> AnalysisJsonReader.read(noTask));
        assertTrue(e.getMessage().contains("(no \"settings.task\")"), e.getMessage());
    }

    @Test
    void notJsonAtAllAndAMissingFileGiveTheSameException() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.json"), "hello");
        for (Path p : List.of(text, dir.resolve("absent.json"))) {
            AnalysisFileException e = assertThrows(AnalysisFileException.class, () -> AnalysisJsonReader.read(p));
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        }
    }
}
