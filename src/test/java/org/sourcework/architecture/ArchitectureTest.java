package org.sourcework.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;

/** The package boundaries of STYLE.md, checked on every build. */
class ArchitectureTest {

    /** Classes outside a ui package that must use Vaadin, and why. */
    static final Map<String, String> VAADIN_OUTSIDE_UI = Map.of(
            "org.sourcework.Application", "the app shell: Vaadin reads the page's stylesheets and settings from it",
            "org.sourcework.security.SecurityConfig",
                    "Vaadin's sign-in and route checks plug into Spring Security here",
            "org.sourcework.security.CspNonceListener", "puts the script nonce on the page Vaadin serves");

    private static final ArchitectureRules RULES = new ArchitectureRules("org.sourcework", VAADIN_OUTSIDE_UI);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourcework");
    }

    @Test
    void screens_leave_formatting_dates_to_the_one_formatter() {
        noClasses()
                .that()
                .resideInAPackage("org.sourcework..ui..")
                .and()
                .doNotHaveFullyQualifiedName("org.sourcework.base.ui.DateTimes")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.time.format")
                .because("every screen shows dates alike, in the browser's language and time zone (DateTimes)")
                .check(classes);
    }

    @Test
    void features_depend_only_downwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Base")
                .definedBy("org.sourcework.base..")
                .layer("Security")
                .definedBy("org.sourcework.security..")
                .layer("Audit")
                .definedBy("org.sourcework.audit..")
                .layer("Users")
                .definedBy("org.sourcework.users..")
                .layer("Roster")
                .definedBy("org.sourcework.roster..")
                .layer("Lessons")
                .definedBy("org.sourcework.lessons..")
                .layer("Responses")
                .definedBy("org.sourcework.responses..")
                .layer("Reporting")
                .definedBy("org.sourcework.reporting..")
                .layer("Review")
                .definedBy("org.sourcework.review..")
                .layer("Analytics")
                .definedBy("org.sourcework.analytics..")
                .layer("Feedback")
                .definedBy("org.sourcework.feedback..")
                .layer("Home")
                .definedBy("org.sourcework.home..")
                .layer("Administration")
                .definedBy("org.sourcework.administration..")
                .layer("Demo")
                .definedBy("org.sourcework.demo..")
                .layer("Operations")
                .definedBy("org.sourcework.operations..")
                .layer("Lti")
                .definedBy("org.sourcework.lti..")
                .whereLayer("Operations")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Lti")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Demo")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Home")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Administration")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Feedback")
                .mayOnlyBeAccessedByLayers("Home", "Demo")
                .whereLayer("Analytics")
                .mayOnlyBeAccessedByLayers("Home", "Demo")
                .whereLayer("Review")
                .mayOnlyBeAccessedByLayers("Analytics", "Feedback", "Home", "Demo", "Lti")
                .whereLayer("Reporting")
                .mayOnlyBeAccessedByLayers("Review", "Analytics")
                .whereLayer("Responses")
                .mayOnlyBeAccessedByLayers("Review", "Analytics", "Feedback", "Home", "Demo")
                .whereLayer("Lessons")
                .mayOnlyBeAccessedByLayers(
                        "Responses", "Review", "Analytics", "Feedback", "Home", "Administration", "Demo", "Lti")
                .whereLayer("Roster")
                .mayOnlyBeAccessedByLayers(
                        "Lessons",
                        "Responses",
                        "Review",
                        "Analytics",
                        "Feedback",
                        "Home",
                        "Administration",
                        "Demo",
                        "Lti")
                .whereLayer("Users")
                .mayOnlyBeAccessedByLayers(
                        "Roster",
                        "Lessons",
                        "Responses",
                        "Review",
                        "Analytics",
                        "Feedback",
                        "Home",
                        "Administration",
                        "Demo",
                        "Lti")
                .whereLayer("Audit")
                .mayOnlyBeAccessedByLayers(
                        "Users",
                        "Roster",
                        "Lessons",
                        "Responses",
                        "Review",
                        "Analytics",
                        "Feedback",
                        "Home",
                        "Administration",
                        "Demo",
                        "Lti")
                .whereLayer("Base")
                .mayOnlyBeAccessedByLayers(
                        "Audit",
                        "Users",
                        "Roster",
                        "Lessons",
                        "Responses",
                        "Reporting",
                        "Review",
                        "Analytics",
                        "Feedback",
                        "Home",
                        "Administration",
                        "Demo",
                        "Lti")
                .check(classes);
    }

    @Test
    void security_imports_nothing_from_the_features() {
        noClasses()
                .that()
                .resideInAPackage("org.sourcework.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.sourcework.base..",
                        "org.sourcework.audit..",
                        "org.sourcework.users..",
                        "org.sourcework.roster..",
                        "org.sourcework.lessons..",
                        "org.sourcework.responses..",
                        "org.sourcework.reporting..",
                        "org.sourcework.review..",
                        "org.sourcework.analytics..",
                        "org.sourcework.feedback..",
                        "org.sourcework.home..",
                        "org.sourcework.administration..",
                        "org.sourcework.demo..",
                        "org.sourcework.lti..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"users", "roster", "lessons", "responses", "review", "audit", "lti"})
    void a_features_internals_are_used_only_inside_the_feature(String feature) {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.sourcework." + feature + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.sourcework." + feature + ".internal..")
                .check(classes);
    }

    @Test
    void views_call_services_never_repositories() {
        noClasses()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void every_view_states_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void every_layout_states_who_may_see_it() {
        classes()
                .that()
                .areAnnotatedWith(Layout.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    // Vaadin's access checker reads these on route, layout and error view classes only, and method
    // security no longer reads them at all (it would proxy every view): anywhere else they guard nothing.
    @Test
    void view_access_annotations_are_only_on_views_and_layouts() {
        classes()
                .that()
                .areAnnotatedWith(RolesAllowed.class)
                .or()
                .areAnnotatedWith(PermitAll.class)
                .or()
                .areAnnotatedWith(DenyAll.class)
                .or()
                .areAnnotatedWith(AnonymousAllowed.class)
                .should()
                .beAnnotatedWith(Route.class)
                .orShould()
                .beAnnotatedWith(Layout.class)
                .orShould()
                .beAssignableTo(HasErrorParameter.class)
                .check(classes);
        noMethods()
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
    }

    // method security on a view makes Spring wrap it in a proxy each time the view is created
    @Test
    void views_are_not_guarded_by_method_security() {
        noClasses()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAnnotatedWith(Layout.class)
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beAnnotatedWith(PostAuthorize.class)
                .orShould()
                .beAnnotatedWith(Secured.class)
                .check(classes);
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .areAssignableTo(Component.class)
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beAnnotatedWith(PostAuthorize.class)
                .orShould()
                .beAnnotatedWith(Secured.class)
                .check(classes);
    }

    @Test
    void public_services_guard_every_method() {
        RULES.serviceMethodsStateWhoMayCallThem().check(classes);
    }

    @Test
    void role_names_in_method_security_come_from_one_place() {
        RULES.methodSecurityComesFromTheRoleAnnotations().check(classes);
        RULES.noMethodWritesItsOwnSecurityExpression().check(classes);
    }

    @Test
    void repositories_are_used_only_by_their_own_features_transactional_code() {
        RULES.repositoriesAreUsedOnlyByTheirFeaturesTransactionalCode().check(classes);
    }

    @Test
    void nothing_outside_ui_depends_on_vaadin() {
        RULES.nothingOutsideUiDependsOnVaadin().check(classes);
    }

    @Test
    void screens_do_not_reuse_parts_of_another_features_screens() {
        RULES.screensDoNotReuseAnotherFeaturesScreenParts().check(classes);
    }

    @Test
    void only_start_up_code_runs_as_the_system_administrator() {
        // and the LTI launch, once the platform's signed id_token has passed every check: nobody is signed
        // in yet, and that token is the authority to make the person's account and enrolment (decision 0016)
        noClasses()
                .that()
                .resideOutsideOfPackages("org.sourcework.demo..", "org.sourcework.security..")
                .and()
                .doNotHaveFullyQualifiedName("org.sourcework.lti.internal.LaunchAccounts")
                // and a roster refresh an instructor of the class confirmed: the platform's member list, read
                // with the tool's own credentials, is the authority (decision 0019)
                .and()
                .doNotHaveFullyQualifiedName("org.sourcework.lti.internal.PlatformRoster")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("SystemAuthentication")
                .check(classes);
    }

    @Test
    void every_csv_download_is_written_by_the_one_guarded_writer() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.sourcework.base.CsvWriter")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .because("CsvWriter keeps spreadsheet formulas out of every file people download")
                .check(classes);
    }
}
