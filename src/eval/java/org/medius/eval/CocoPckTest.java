package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.pose.CropRegion;
import org.medius.pose.FrameImage;
import org.medius.pose.MoveNetModel;
import org.medius.testing.SharedData;

/**
 * MoveNet against human labels: the four COCO val2017 images in {@code ../shared/data/coco/} with their
 * keypoint annotations ({@code test_coco.json}, 14 people). Top-down protocol, because single-pose MoveNet
 * needs one person per crop: for each annotated person, a square crop centred on the labelled bounding box,
 * side 1.25 x its longer side (it may reach past the image: black padding), one {@code model.estimate}.
 *
 * <p>PCK@0.2: a predicted keypoint is correct when it lies within 0.2 x the torso size of its label; torso size
 * is the distance between the labelled left shoulder and right hip (the LSP convention), else between the right
 * shoulder and left hip; a person with neither pair labelled is skipped. Every labelled keypoint counts
 * (visibility 1 = labelled but occluded, and 2). Writes {@code target/eval/coco-pck.md}.
 *
 * <p>Rerun: {@code mvn -q -o test-compile surefire:test@evaluation -Dtest='org.medius.eval.CocoPckTest'}
 */
class CocoPckTest {
    static final double PCK_FRACTION = 0.2;
    static final double CROP_SCALE = 1.25;

    /**
     * Bound on Thunder's pooled hip/knee/ankle PCK@0.2. Measured: 61/69 = 88.4 % (Lightning 57/69 = 82.6 %); five
     * of Thunder's eight misses are one skier (annotation 467657) labelled mostly as occluded behind the skier
     * in front, whose crop the model gives to that other person. The sample is small (one keypoint = 1.4
     * points; a 95 % interval around 88 % reaches down to about 79 %), so the bound sits at the bottom of the
     * 70-80 % reported for MoveNet Thunder on COCO-like data rather than near our value. What it catches, from a
     * one-off experiment with deliberate faults: running on the whole image instead of the person's crop gives
     * 29 %; a crop 1.0x or 1.5x the bbox or shifted by 10 % costs only 3 to 4 points, and swapped colour
     * channels 1.4 points, so those are not what this test is for (CropAndResizeTest pins the channel order).
     */
    static final double MIN_THUNDER_LOWER_LIMB_PCK = 0.70;

    static final Keypoint[] HIPS = KeypointGroups.HIPS;
    static final Keypoint[] KNEES = KeypointGroups.KNEES;
    static final Keypoint[] ANKLES = KeypointGroups.ANKLES;
    static final Keypoint[] LOWER_LIMBS = KeypointGroups.LOWER_LIMBS;

    /** One annotated person: labels [keypoint][x, y], visibility per keypoint, bbox [x, y, w, h]. */
    record Person(long annotationId, String imageFile, double[][] label, int[] visibility, double[] bbox) {
        boolean labelled(Keypoint k) {
            return visibility[k.ordinal()] > 0;
        }

        int labelledCount() {
            int n = 0;
            for (int v : visibility) {
                n += v > 0 ? 1 : 0;
            }
            return n;
        }

        /** Left shoulder to right hip, else right shoulder to left hip; NaN when neither pair is labelled. */
        double torsoPx() {
            if (labelled(Keypoint.LEFT_SHOULDER) && labelled(Keypoint.RIGHT_HIP)) {
                return distance(Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_HIP);
            }
            if (labelled(Keypoint.RIGHT_SHOULDER) && labelled(Keypoint.LEFT_HIP)) {
                return distance(Keypoint.RIGHT_SHOULDER, Keypoint.LEFT_HIP);
            }
            return Double.NaN;
        }

        private double distance(Keypoint a, Keypoint b) {
            return Math.hypot(label[a.ordinal()][0] - label[b.ordinal()][0], label[a.ordinal()][1] - label[b.ordinal()][1]);
        }

        /** The square crop around the bbox, normalised to the image. */
        CropRegion crop(int widthPx, int heightPx) {
            double cx = bbox[0] + bbox[2] / 2;
            double cy = bbox[1] + bbox[3] / 2;
            double half = CROP_SCALE * Math.max(bbox[2], bbox[3]) / 2;
            return new CropRegion((cy - half) / heightPx, (cx - half) / widthPx, (cy + half) / heightPx,
                    (cx + half) / widthPx);
        }
    }

    /** correct[k] / total[k] per keypoint for one model; per person too. */
    static final class Tally {
        final int[] correct = new int[Keypoint.COUNT];
        final int[] total = new int[Keypoint.COUNT];
        final Map<Long, int[]> perPerson = new HashMap<>(); // annotation id -> correct flags (-1 = not labelled)

        int correct(Keypoint... group) {
            int n = 0;
            for (Keypoint k : group) {
                n += correct[k.ordinal()];
            }
            return n;
        }

        int total(Keypoint... group) {
            int n = 0;
            for (Keypoint k : group) {
                n += total[k.ordinal()];
            }
            return n;
        }

        double pck(Keypoint... group) {
            return (double) correct(group) / total(group);
        }

        String cell(Keypoint... group) {
            return ReportTable.fraction(correct(group), total(group));
        }

        String personCell(long id, Keypoint... group) {
            int[] flags = perPerson.get(id);
            int c = 0;
            int t = 0;
            for (Keypoint k : group) {
                if (flags[k.ordinal()] >= 0) {
                    t++;
                    c += flags[k.ordinal()];
                }
            }
            return t == 0 ? "-" : c + "/" + t;
        }
    }

    @Test
    void thunderFindsLabelledLowerLimbs() throws IOException {
        Path json = SharedData.require("coco/test_coco.json");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Map<Long, JsonNode> images = new HashMap<>();
        root.get("images").forEach(im -> images.put(im.get("id").asLong(), im));

        List<Person> people = new ArrayList<>();
        Map<Long, String> skipped = new LinkedHashMap<>();
        for (JsonNode a : root.get("annotations")) {
            Person p = person(a, images.get(a.get("image_id").asLong()).get("file_name").asText());
            if (p.labelledCount() == 0) {
                skipped.put(p.annotationId(), p.imageFile() + ": no keypoint labelled (a small or crowded figure)");
            } else if (Double.isNaN(p.torsoPx())) {
                skipped.put(p.annotationId(), p.imageFile() + ": neither shoulder-hip diagonal labelled (no torso size)");
            } else {
                people.add(p);
            }
        }

        Map<String, FrameImage> pictures = new HashMap<>();
        for (Person p : people) {
            if (!pictures.containsKey(p.imageFile())) {
                pictures.put(p.imageFile(), readBgr(SharedData.require("coco/" + p.imageFile())));
            }
        }
        Tally thunder = evaluate(MoveNetVariant.THUNDER, people, pictures);
        Tally lightning = evaluate(MoveNetVariant.LIGHTNING, people, pictures);
        Path report = writeReport(json, people, skipped, thunder, lightning);

        assertEquals(root.get("annotations").size(), people.size() + skipped.size());
        assertTrue(thunder.total(LOWER_LIMBS) >= 50,
                "too few labelled hips/knees/ankles for a meaningful PCK: " + thunder.total(LOWER_LIMBS));
        assertTrue(thunder.pck(LOWER_LIMBS) >= MIN_THUNDER_LOWER_LIMB_PCK, () -> String.format(Locale.ROOT,
                "Thunder PCK@0.2 on hips/knees/ankles %s is below %.0f %%; see %s",
                thunder.cell(LOWER_LIMBS), 100 * MIN_THUNDER_LOWER_LIMB_PCK, report));
    }

    /** The evaluation cannot see a red/blue swap (see above), so the image reader's channel order is pinned here. */
    @Test
    void imagesAreReadInBgrOrder(@TempDir Path dir) throws IOException {
        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xff0000); // red
        rgb.setRGB(1, 0, 0x0000ff); // blue
        Path png = dir.resolve("two.png");
        ImageIO.write(rgb, "png", png.toFile());
        byte[] bgr = readBgr(png).bgr();
        assertArrayEquals(new byte[] {0, 0, (byte) 255, (byte) 255, 0, 0}, bgr);
    }

    private static Person person(JsonNode a, String imageFile) {
        JsonNode kp = a.get("keypoints");
        double[][] label = new double[Keypoint.COUNT][2];
        int[] vis = new int[Keypoint.COUNT];
        for (int k = 0; k < Keypoint.COUNT; k++) { // COCO order = Keypoint order
            label[k][0] = kp.get(3 * k).asDouble();
            label[k][1] = kp.get(3 * k + 1).asDouble();
            vis[k] = kp.get(3 * k + 2).asInt();
        }
        JsonNode b = a.get("bbox");
        double[] bbox = {b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble()};
        return new Person(a.get("id").asLong(), imageFile, label, vis, bbox);
    }

    /** An image file as a BGR {@link FrameImage} (drawn into TYPE_3BYTE_BGR, whose raster is B, G, R bytes). */
    static FrameImage readBgr(Path file) throws IOException {
        BufferedImage src = ImageIO.read(file.toFile());
        if (src == null) {
            throw new IOException("ImageIO cannot read " + file);
        }
        BufferedImage bgr = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(src, 0, 0, null);
        byte[] bytes = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        return new FrameImage(src.getWidth(), src.getHeight(), bytes);
    }

    private static Tally evaluate(MoveNetVariant variant, List<Person> people, Map<String, FrameImage> pictures) {
        Tally tally = new Tally();
        try (MoveNetModel model = Models.require(variant)) {
            for (Person p : people) {
                FrameImage image = pictures.get(p.imageFile());
                Pose pose = model.estimate(image, p.crop(image.widthPx(), image.heightPx()));
                double threshold = PCK_FRACTION * p.torsoPx();
                int[] flags = new int[Keypoint.COUNT];
                for (Keypoint k : Keypoint.values()) {
                    if (!p.labelled(k)) {
                        flags[k.ordinal()] = -1;
                        continue;
                    }
                    double d = Math.hypot(pose.xPx(k) - p.label()[k.ordinal()][0], pose.yPx(k) - p.label()[k.ordinal()][1]);
                    boolean ok = d <= threshold; // NaN is never correct
                    flags[k.ordinal()] = ok ? 1 : 0;
                    tally.total[k.ordinal()]++;
                    tally.correct[k.ordinal()] += ok ? 1 : 0;
                }
                tally.perPerson.put(p.annotationId(), flags);
            }
        }
        return tally;
    }

    private static Path writeReport(Path json, List<Person> people, Map<Long, String> skipped, Tally thunder,
            Tally lightning) {
        ReportTable pck = new ReportTable("keypoints", "Thunder PCK@0.2", "Lightning PCK@0.2");
        row(pck, "left_hip", thunder, lightning, Keypoint.LEFT_HIP);
        row(pck, "right_hip", thunder, lightning, Keypoint.RIGHT_HIP);
        row(pck, "**hips**", thunder, lightning, HIPS);
        row(pck, "left_knee", thunder, lightning, Keypoint.LEFT_KNEE);
        row(pck, "right_knee", thunder, lightning, Keypoint.RIGHT_KNEE);
        row(pck, "**knees**", thunder, lightning, KNEES);
        row(pck, "left_ankle", thunder, lightning, Keypoint.LEFT_ANKLE);
        row(pck, "right_ankle", thunder, lightning, Keypoint.RIGHT_ANKLE);
        row(pck, "**ankles**", thunder, lightning, ANKLES);
        row(pck, "**hips + knees + ankles**", thunder, lightning, LOWER_LIMBS);
        row(pck, "all labelled keypoints", thunder, lightning, Keypoint.values());

        ReportTable perPerson = new ReportTable("image", "annotation", "bbox w x h px", "torso px",
                "labelled", "Thunder hips/knees/ankles", "Thunder all", "Lightning hips/knees/ankles", "Lightning all");
        for (Person p : people) {
            perPerson.row(p.imageFile(), p.annotationId(),
                    Math.round(p.bbox()[2]) + " x " + Math.round(p.bbox()[3]), ReportTable.num(p.torsoPx()),
                    p.labelledCount(),
                    thunder.personCell(p.annotationId(), LOWER_LIMBS), thunder.personCell(p.annotationId(), Keypoint.values()),
                    lightning.personCell(p.annotationId(), LOWER_LIMBS),
                    lightning.personCell(p.annotationId(), Keypoint.values()));
        }
        StringBuilder skip = new StringBuilder();
        skipped.forEach((id, why) -> skip.append("- annotation ").append(id).append(", ").append(why).append('\n'));

        return new EvalReport("MoveNet PCK@0.2 on COCO val2017 labels")
                .paragraph("Labels: `" + json + "` (" + (people.size() + skipped.size()) + " annotated people, "
                        + people.size() + " evaluated). Protocol: top-down, one square crop per person centred on its "
                        + "labelled bbox, side " + CROP_SCALE + " x the longer bbox side, one `MoveNetModel.estimate`. "
                        + "A keypoint is correct within " + PCK_FRACTION + " x torso (labelled left shoulder to right "
                        + "hip, else right shoulder to left hip). Every labelled keypoint counts (v = 1 or 2).")
                .paragraph("Rerun: `mvn -q -o test-compile surefire:test@evaluation -Dtest='org.medius.eval.CocoPckTest'`")
                .paragraph(Models.provenance())
                .heading("PCK@0.2")
                .table(pck)
                .heading("Per person (correct/labelled)")
                .table(perPerson)
                .heading("Skipped")
                .paragraph(skip.length() == 0 ? "none" : skip.toString())
                .write("coco-pck.md");
    }

    private static void row(ReportTable table, String name, Tally thunder, Tally lightning, Keypoint... group) {
        table.row(name, thunder.cell(group), lightning.cell(group));
    }
}
