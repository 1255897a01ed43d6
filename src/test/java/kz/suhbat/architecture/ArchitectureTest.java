package kz.suhbat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.suhbat");
    }

    @Test
    void domainAndServicesAreFreeOfJavaFx() {
        noClasses().that().resideOutsideOfPackages("..ui..", "kz.suhbat.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void sqlStaysInTheDataLayer() {
        noClasses().that().resideOutsideOfPackages("..db..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
                        "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void viewsDoNotReachIntoStorage() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..db..")
                .check(classes);
    }

    @Test
    void viewModelsTouchNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }

    /**
     * Each feature (the first package under {@code kz.suhbat}, with its {@code db} and {@code ui}) builds
     * on lower ones only: when two features need each other, the shared idea moves to the lower one or to
     * {@code common}, or the composition root joins them.
     */
    @Test
    void featuresFormNoCycles() {
        slices().matching("kz.suhbat.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void featuresDoNotDependOnTheApplicationShell() {
        noClasses().that().resideOutsideOfPackage("kz.suhbat.app..")
                .should().dependOnClassesThat().resideInAPackage("kz.suhbat.app..")
                .check(classes);
    }
}
