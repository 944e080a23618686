package org.sourcework.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassLessonService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterImportService;
import org.sourcework.roster.RosterQueries;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Classes, enrolments and assignments change only through the audited roster services (decision 0011). */
class RosterWritesTest {

    static final Set<String> AUDITED_WRITERS = Set.of(
            ClassAdminService.class.getName(),
            ClassRosterService.class.getName(),
            ClassLessonService.class.getName(),
            RosterImportService.class.getName());

    private static final DescribedPredicate<JavaMethodCall> ROSTER_WRITE = DescribedPredicate.describe(
            "a save or delete on a roster repository",
            call -> call.getTargetOwner().getPackageName().equals("org.sourcework.roster.internal")
                    && call.getTargetOwner().isAssignableTo(Repository.class)
                    && (call.getName().startsWith("save") || call.getName().startsWith("delete")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourcework");
    }

    @Test
    void only_the_audited_roster_services_save_or_delete_classes_enrolments_and_assignments() {
        noClasses()
                .that(DescribedPredicate.describe(
                        "are not one of " + AUDITED_WRITERS,
                        javaClass -> !AUDITED_WRITERS.contains(javaClass.getName())))
                .should()
                .callMethodWhere(ROSTER_WRITE)
                .because("a second write path would leave no audit entry, as the demo seeder's once did")
                .check(classes);
    }

    @Test
    void the_roster_reads_open_no_writing_transaction() {
        noMethods()
                .that()
                .areDeclaredIn(RosterQueries.class)
                .should()
                .beAnnotatedWith(Transactional.class)
                .because("RosterQueries only reads; its class-level read-only transaction covers every method")
                .check(classes);
    }
}
