package org.sourcework.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome;
import org.sourcework.base.ui.RetryPolling;
import org.sourcework.lessons.AssignedLessons;
import org.springframework.stereotype.Service;

/**
 * Every screen that autosaves uses the same pieces, one outcome type and one retry poller, and a write
 * checks access once (decision 0015).
 */
class SavingPlumbingTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourcework");
    }

    @Test
    void every_service_that_saves_with_a_version_returns_the_one_save_outcome() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .haveName("save")
                .should()
                .haveRawReturnType(SaveOutcome.class)
                .because("a second saved-or-conflict type would need translating on its way to the autosaver")
                .check(classes);
    }

    @Test
    void only_the_one_retry_poller_turns_the_browsers_polling_on_and_off() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(RetryPolling.class.getName())
                .should()
                .callMethod(UI.class, "setPollInterval", int.class)
                .because("two pollers on one page would switch each other's polling off")
                .check(classes);
    }

    @Test
    void only_services_that_checked_the_class_read_an_assigned_lesson_without_a_check() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(AssignedLessons.class)
                .because("screens read lessons through LessonCatalogService, which checks the caller")
                .check(classes);
    }
}
