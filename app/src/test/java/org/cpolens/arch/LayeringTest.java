package org.cpolens.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point down only: model <- io <- report <- cli / web. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cpolens");

    @Test
    void modelDependsOnNothingAbove() {
        noClasses().that().resideInAPackage("org.cpolens.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpolens.io..", "org.cpolens.report..",
                        "org.cpolens.cli..", "org.cpolens.web..")
                .check(CLASSES);
    }

    @Test
    void modelDoesNoIo() {
        noClasses().that().resideInAPackage("org.cpolens.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..",
                        "com.fasterxml.jackson..", "io.javalin..", "org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void ioDoesNotReachUp() {
        noClasses().that().resideInAPackage("org.cpolens.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpolens.report..", "org.cpolens.cli..",
                        "org.cpolens.web..")
                .check(CLASSES);
    }

    @Test
    void reportDoesNotReachUp() {
        noClasses().that().resideInAPackage("org.cpolens.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpolens.cli..", "org.cpolens.web..")
                .check(CLASSES);
    }

    /** io maps files to records; the one pipeline builds fabrics (io may only check that one fits). */
    @Test
    void ioBuildsNoFabric() {
        noClasses().that().resideInAPackage("org.cpolens.io..")
                .should().callMethod(org.cpolens.model.fabric.FabricBuilder.class, "build",
                        org.cpolens.model.fabric.FabricRequest.class)
                .orShould().callMethod(org.cpolens.model.eval.InterconnectEvaluator.class, "evaluate",
                        org.cpolens.model.eval.Interconnect.class)
                .check(CLASSES);
    }

    /** The report is drawn from a run and the catalogs its caller loaded: it reads no catalog file itself. */
    @Test
    void reportReadsNoCatalogFile() {
        noClasses().that().resideInAPackage("org.cpolens.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpolens.io..")
                .check(CLASSES);
    }

    /** The web and CLI faces run the model through the pipeline, never the market or reliability engines directly. */
    @Test
    void facesRunThePipeline() {
        noClasses().that().resideInAnyPackage("org.cpolens.cli..", "org.cpolens.web..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a model engine's run",
                        call -> call.getTarget().getName().equals("run")
                                && (call.getTargetOwner().isEquivalentTo(org.cpolens.model.market.MarketEngine.class)
                                || call.getTargetOwner().isEquivalentTo(org.cpolens.model.sim.ReliabilitySimulator.class))))
                .check(CLASSES);
    }
}
