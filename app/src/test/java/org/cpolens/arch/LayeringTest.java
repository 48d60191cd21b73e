package org.cpolens.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point down only: model <- io <- report <- cli / web (DESIGN.md). */
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
}
