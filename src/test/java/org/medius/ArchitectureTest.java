package org.medius;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {
    private static final String[] CORE = {
        "org.medius.model..", "org.medius.signal..", "org.medius.kinematics..", "org.medius.events..",
        "org.medius.score..", "org.medius.analysis..", "org.medius.synth.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.medius");
    }

    @Test
    void coreCodeImportsNoUiVideoOrModelLibrary() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bytedeco..", "ai.djl..", "org.opencv..")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    /**
     * The layer order of docs/architecture.md: model, then the sources of numbers (video, pose, signal,
     * kinematics), then events and score, then analysis (and synth, which renders test figures), then the outputs
     * (export, session), then the applications (ui, cli). A layer uses only layers below it (and itself).
     */
    @Test
    void layersAreUsedOnlyFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.medius.model..")
                .layer("sources").definedBy("org.medius.video..", "org.medius.pose..", "org.medius.signal..",
                        "org.medius.kinematics..")
                .layer("events and score").definedBy("org.medius.events..", "org.medius.score..")
                .layer("analysis").definedBy("org.medius.analysis..", "org.medius.synth..")
                .layer("outputs").definedBy("org.medius.export..", "org.medius.session..")
                .layer("applications").definedBy("org.medius.ui..", "org.medius.cli..")
                .whereLayer("applications").mayNotBeAccessedByAnyLayer()
                .whereLayer("outputs").mayOnlyBeAccessedByLayers("applications")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("outputs", "applications")
                .whereLayer("events and score").mayOnlyBeAccessedByLayers("analysis", "outputs", "applications")
                .whereLayer("sources").mayOnlyBeAccessedByLayers("events and score", "analysis", "outputs",
                        "applications")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.medius.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** No two top-level classes depend on each other, directly or through others (nested classes count as their owner). */
    @Test
    void classesHaveNoCycles() {
        slices().assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
            @Override
            public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
                    com.tngtech.archunit.core.domain.JavaClass c) {
                String name = c.getName();
                int nested = name.indexOf('$');
                return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(
                        nested < 0 ? name : name.substring(0, nested));
            }

            @Override
            public String getDescription() {
                return "top-level classes";
            }
        }).should().beFreeOfCycles().check(classes);
    }

    @Test
    void sessionsAndPlayerDecodingNeedNoUiToolkit() {
        noClasses().that().resideInAnyPackage("org.medius.session..", "org.medius.ui.player..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheViewerAndTheCommandLineUseTheViewer() {
        noClasses().that().resideOutsideOfPackages("org.medius.ui..", "org.medius.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.medius.ui..")
                .check(classes);
    }

    @Test
    void onlyTheVideoPackageUsesJavaCvOrOpenCv() {
        noClasses().that().resideOutsideOfPackage("org.medius.video..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..", "org.opencv..")
                .check(classes);
    }

    /** The command line reaches the pose model, the video and the numbers only through the analysis front door. */
    @Test
    void theCommandLineGoesThroughTheFrontDoor() {
        noClasses().that().resideInAPackage("org.medius.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.medius.pose..", "org.medius.video..",
                        "org.medius.signal..", "org.medius.score..")
                .check(classes);
    }

    /** Only the front door loads the pose model or builds a tracker. */
    @Test
    void onlyTheFrontDoorLoadsThePoseModel() {
        noClasses().that().resideOutsideOfPackages("org.medius.pose..")
                .and().doNotHaveFullyQualifiedName("org.medius.analysis.AnalysisRunner")
                .and().doNotHaveFullyQualifiedName("org.medius.analysis.SpeedBenchmark")
                .should().callMethod(org.medius.pose.MoveNetModel.class, "load", org.medius.model.MoveNetVariant.class)
                .orShould().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("a tracker",
                                t -> t.getOwner().isAssignableTo(org.medius.pose.PoseEstimator.class))))
                .check(classes);
    }

    /** Every package says its role in a package-info.java. */
    @Test
    void everyPackageHasAPackageInfo() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src", "main", "java", "org", "medius");
        try (var dirs = java.nio.file.Files.walk(root)) {
            java.util.List<java.nio.file.Path> missing = dirs.filter(java.nio.file.Files::isDirectory)
                    .filter(d -> hasJava(d) && !java.nio.file.Files.exists(d.resolve("package-info.java")))
                    .toList();
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), missing);
        }
    }

    private static boolean hasJava(java.nio.file.Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onlyThePosePackageUsesDjl() {
        noClasses().that().resideOutsideOfPackage("org.medius.pose..")
                .should().dependOnClassesThat().resideInAPackage("ai.djl..")
                .check(classes);
    }

    @Test
    void modelPackageDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.medius.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.medius.video..", "org.medius.pose..", "org.medius.cli..", "org.medius.ui..",
                        "org.medius.signal..", "org.medius.kinematics..", "org.medius.events..", "org.medius.score..",
                        "org.medius.analysis..", "org.medius.export..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.medius.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void nothingCallsPrintStackTrace() {
        noClasses().that().resideOutsideOfPackage("org.medius.cli..")
                .should().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void theViewerModelHoldsNoViewAndNoViewerClassesDependOnEachOtherInACycle() {
        noClasses().that().haveNameMatching("org\\.medius\\.ui\\.(\\w+\\.)*\\w*Model(\\$.*)?")
                .or().haveNameMatching("org\\.medius\\.ui\\.(\\w*Job|UndoState|SessionSaver|AnalysisFrames|BackgroundTask"
                        + "|TaskExecutor|TaskHandle|ExportWork)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.concurrent..")
                .because("the view model and its jobs run without views and on an injected TaskExecutor")
                .check(classes);
        // a slice per class of the viewer (nested classes with theirs): MainWindow and WindowMenus, or any others,
        // never depend on each other both ways, directly or round a longer cycle
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
                    @Override
                    public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
                            com.tngtech.archunit.core.domain.JavaClass c) {
                        if (!c.getName().startsWith("org.medius.ui.")) {
                            return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                        }
                        int nested = c.getName().indexOf('$');
                        return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(
                                nested < 0 ? c.getName() : c.getName().substring(0, nested));
                    }

                    @Override
                    public String getDescription() {
                        return "the classes of org.medius.ui";
                    }
                })
                .should().beFreeOfCycles()
                .check(classes);
    }
}
