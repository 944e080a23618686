package org.sourcework.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule of ArchitectureTest, run on the deliberately wrong classes under {@code fixtures.architecture}:
 * it must report exactly the wrong ones. A rule that passes on everything would pass here too, and fail.
 */
class ArchitectureRulesCatchTest {

    private static final String FIXTURES = "fixtures.architecture";
    private static final ArchitectureRules RULES = new ArchitectureRules(FIXTURES, Map.of());

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void a_service_method_covered_only_by_a_rule_on_its_class_is_reported() {
        assertThat(violations(RULES.serviceMethodsStateWhoMayCallThem()))
                .anyMatch(line -> line.contains("ShopService.forgotten()"))
                .noneMatch(line -> line.contains("ShopService.countOrders()"))
                .noneMatch(line -> line.contains("ShopService.openingHours()"))
                .noneMatch(line -> line.contains("ShopService.maxBasketSize()"))
                .noneMatch(line -> line.contains("ShopService.helper()"))
                .noneMatch(line -> line.contains("TillService.open()"));
    }

    @Test
    void a_public_component_at_a_features_root_is_held_to_the_same_rule() {
        assertThat(violations(RULES.serviceMethodsStateWhoMayCallThem()))
                .anyMatch(line -> line.contains("ShopPrices.priceOf(java.lang.String)"));
    }

    @Test
    void a_security_expression_written_on_a_service_is_reported() {
        assertThat(violations(RULES.methodSecurityComesFromTheRoleAnnotations()))
                .anyMatch(line -> line.contains(FIXTURES + ".shop.ShopService"));
        assertThat(violations(RULES.noMethodWritesItsOwnSecurityExpression()))
                .anyMatch(line -> line.contains("ShopService.openingHours()"))
                .noneMatch(line -> line.contains("ShopService.countOrders()"));
    }

    @Test
    void a_repository_used_by_a_view_by_another_feature_or_outside_a_transaction_is_reported() {
        assertThat(violations(RULES.repositoriesAreUsedOnlyByTheirFeaturesTransactionalCode()))
                .anyMatch(line -> line.startsWith(FIXTURES + ".shop.ui.ShopView uses") && line.contains("a view"))
                .anyMatch(line ->
                        line.startsWith(FIXTURES + ".till.TillService uses") && line.contains("another feature"))
                .anyMatch(line -> line.startsWith(FIXTURES + ".shop.ShopStock uses") && line.contains("transaction"))
                .noneMatch(line -> line.contains("ShopService uses"))
                .noneMatch(line -> line.contains("ShopHelper uses"));
    }

    @Test
    void a_service_that_uses_vaadin_is_reported() {
        assertThat(violations(RULES.nothingOutsideUiDependsOnVaadin()))
                .anyMatch(line -> line.contains("TillService") && line.contains("com.vaadin"))
                .noneMatch(line -> line.contains(".ui."));
    }

    @Test
    void a_documented_exception_may_use_vaadin() {
        var excused =
                new ArchitectureRules(FIXTURES, Map.of(FIXTURES + ".till.TillService", "a test of the exception"));
        assertThat(violations(excused.nothingOutsideUiDependsOnVaadin())).isEmpty();
    }

    @Test
    void a_screen_reusing_another_features_widget_is_reported_but_a_link_to_its_route_is_not() {
        assertThat(violations(RULES.screensDoNotReuseAnotherFeaturesScreenParts()))
                .anyMatch(line -> line.contains("ShopView (shop) uses " + FIXTURES + ".till.ui.TillBadge"))
                .noneMatch(line -> line.contains("till.ui.TillView,"));
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(fixtures).getFailureReport().getDetails();
    }
}
