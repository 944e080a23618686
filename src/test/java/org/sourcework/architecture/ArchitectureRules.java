package org.sourcework.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sourcework.security.OpenToAnyone;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The rules of ArchitectureTest, written for any root package: ArchitectureTest runs them on the
 * application, ArchitectureRulesCatchTest on a small set of deliberately wrong classes, to show that
 * each rule reports what it promises. A feature is a package right under the root; its API is its
 * root package, with {@code internal} and {@code ui} below it.
 */
final class ArchitectureRules {

    /** Packages under the root that are not features: what the features stand on, and start-up or command-line code. */
    private static final Set<String> NOT_FEATURES = Set.of("base", "security", "demo", "operations");

    /** ui packages every screen may use: shared widgets, and lesson content as every screen shows it. */
    private static final Set<String> SHARED_UI = Set.of("base", "lessons");

    /**
     * Screen parts one feature publishes for the others, below the root: how a handed-in answer is
     * drawn belongs to responses, and review and the student's feedback page show answers the same way.
     */
    private static final Set<String> PUBLISHED_UI = Set.of("responses.ui.answers");

    /** Where the role meta-annotations live: always the application's, also when the rules check fixtures. */
    private static final String SECURITY = "org.sourcework.security";

    private final String root;
    private final Map<String, String> vaadinOutsideUi;

    /** {@code vaadinOutsideUi}: classes outside a {@code ui} package that must use Vaadin, each with the reason. */
    ArchitectureRules(String root, Map<String, String> vaadinOutsideUi) {
        this.root = root;
        this.vaadinOutsideUi = vaadinOutsideUi;
    }

    /**
     * A rule on the class would leave a method added later open to whatever the class allows; a rule
     * on every method makes whoever adds one decide who may call it.
     */
    ArchRule serviceMethodsStateWhoMayCallThem() {
        return methods()
                .that()
                .areDeclaredInClassesThat(servicesAndFeatureApis())
                .and()
                .arePublic()
                .and()
                .doNotHaveModifier(JavaModifier.STATIC)
                .and()
                .doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and()
                .doNotHaveModifier(JavaModifier.BRIDGE)
                .should()
                .beMetaAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beMetaAnnotatedWith(PostAuthorize.class)
                .orShould()
                .beMetaAnnotatedWith(Secured.class)
                .orShould()
                .beAnnotatedWith(OpenToAnyone.class)
                .because("each public method of a service says who may call it (@AdminOnly, @InstructorOnly,"
                        + " @StudentOnly, @SignedIn), or why anyone may (@OpenToAnyone)");
    }

    /** Role names are written once, in {@code security.AppRoles}, and reach services through its meta-annotations. */
    ArchRule methodSecurityComesFromTheRoleAnnotations() {
        return classes()
                .that()
                .areAnnotatedWith(PreAuthorize.class)
                .or()
                .areAnnotatedWith(PostAuthorize.class)
                .or()
                .areAnnotatedWith(Secured.class)
                .should()
                .resideInAPackage(SECURITY)
                .because("services use @AdminOnly, @InstructorOnly, @StudentOnly or @SignedIn rather than an"
                        + " expression with a role name of their own")
                .allowEmptyShould(true);
    }

    ArchRule noMethodWritesItsOwnSecurityExpression() {
        return noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(root + "..")
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beAnnotatedWith(PostAuthorize.class)
                .orShould()
                .beAnnotatedWith(Secured.class)
                .because("services use @AdminOnly, @InstructorOnly, @StudentOnly or @SignedIn rather than an"
                        + " expression with a role name of their own");
    }

    ArchRule repositoriesAreUsedOnlyByTheirFeaturesTransactionalCode() {
        return classes()
                .that()
                .areNotAssignableTo(Repository.class)
                .and()
                .resideInAPackage(root + "..")
                .should(
                        new ArchCondition<JavaClass>("use repositories only of their own feature, outside ui, "
                                + "and, when public, in transactions") {
                            @Override
                            public void check(JavaClass item, ConditionEvents events) {
                                repositoriesUsedBy(item).forEach(repository -> {
                                    var problem = repositoryProblem(item, repository);
                                    if (problem != null) {
                                        events.add(SimpleConditionEvent.violated(
                                                item,
                                                item.getName() + " uses " + repository.getName() + ": " + problem));
                                    }
                                });
                            }
                        })
                .allowEmptyShould(true);
    }

    ArchRule nothingOutsideUiDependsOnVaadin() {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage("..ui..")
                .and(DescribedPredicate.describe(
                        "are not a documented exception",
                        (JavaClass javaClass) -> !vaadinOutsideUi.containsKey(javaClass.getName())
                                && !vaadinOutsideUi.containsKey(
                                        outermost(javaClass).getName())))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("services and domain code must work without a browser session");
    }

    ArchRule screensDoNotReuseAnotherFeaturesScreenParts() {
        return classes()
                .that()
                .resideInAPackage(root + "..ui..")
                .should(
                        new ArchCondition<JavaClass>("use of another feature's ui only its routes (to link to them),"
                                + " apart from the shared " + SHARED_UI + " ui") {
                            @Override
                            public void check(JavaClass item, ConditionEvents events) {
                                var own = feature(item);
                                var foreign = new TreeSet<String>();
                                item.getDirectDependenciesFromSelf().forEach(dependency -> {
                                    var target = outermost(dependency.getTargetClass());
                                    var other = feature(target);
                                    if (isUi(target)
                                            && !other.equals(own)
                                            && !SHARED_UI.contains(other)
                                            && !PUBLISHED_UI.contains(
                                                    target.getPackageName().substring(root.length() + 1))
                                            && !target.isAnnotatedWith(Route.class)) {
                                        foreign.add(target.getName());
                                    }
                                });
                                foreign.forEach(target -> events.add(SimpleConditionEvent.violated(
                                        item,
                                        item.getName() + " (" + own + ") uses " + target
                                                + ", part of another feature's screens;"
                                                + " move it to base.ui or lessons.ui, or publish it as " + PUBLISHED_UI
                                                + " are")));
                            }
                        });
    }

    private DescribedPredicate<JavaClass> servicesAndFeatureApis() {
        return DescribedPredicate.describe(
                "public services or public components at a feature's root",
                (JavaClass javaClass) -> javaClass.getModifiers().contains(JavaModifier.PUBLIC)
                        && (javaClass.isAnnotatedWith(Service.class)
                                || javaClass.isAnnotatedWith(Component.class) && isFeatureRoot(javaClass)));
    }

    private Set<JavaClass> repositoriesUsedBy(JavaClass item) {
        var used = new LinkedHashSet<JavaClass>();
        item.getDirectDependenciesFromSelf().forEach(dependency -> {
            var target = dependency.getTargetClass();
            if (target.isAssignableTo(Repository.class)
                    && target.getPackageName().startsWith(root + ".")) {
                used.add(target);
            }
        });
        return used;
    }

    private @Nullable String repositoryProblem(JavaClass user, JavaClass repository) {
        if (!feature(user).equals(feature(repository))) {
            return "a repository of another feature; call that feature's service";
        }
        if (isUi(user)) {
            return "a view or component; call the feature's service";
        }
        if (user.getModifiers().contains(JavaModifier.PUBLIC) && !transactional(user)) {
            return "a public class outside a transaction; make it @Transactional or package-private";
        }
        return null;
    }

    /** Package-private helpers are reached only from their feature's services, inside their transactions. */
    private static boolean transactional(JavaClass javaClass) {
        return javaClass.isMetaAnnotatedWith(Transactional.class)
                || javaClass.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass())
                        .anyMatch(target -> target.isAssignableTo(TransactionOperations.class)
                                || target.isAssignableTo(PlatformTransactionManager.class));
    }

    private String feature(JavaClass javaClass) {
        var name = javaClass.getPackageName();
        if (!name.startsWith(root + ".")) {
            return "";
        }
        var rest = name.substring(root.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    private boolean isFeatureRoot(JavaClass javaClass) {
        var name = javaClass.getPackageName();
        return name.startsWith(root + ".")
                && !name.substring(root.length() + 1).contains(".")
                && !NOT_FEATURES.contains(feature(javaClass));
    }

    private boolean isUi(JavaClass javaClass) {
        var name = javaClass.getPackageName();
        return name.startsWith(root + ".") && (name.endsWith(".ui") || name.contains(".ui."));
    }

    private static JavaClass outermost(JavaClass javaClass) {
        var current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
