package org.medius;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    void onlyTheVideoPackageUsesJavaCv() {
        noClasses().that().resideOutsideOfPackage("org.medius.video..")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
                .check(classes);
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
