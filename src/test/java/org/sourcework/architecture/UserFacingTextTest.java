package org.sourcework.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Words people read live in the message bundle, so that a school can translate the product: services
 * throw a key with its arguments ({@code base.Message}), screens translate it. So do lesson-file
 * problems, roster-import problems and the header rows of CSV downloads. The first two tests hold
 * the application to that; the others show on deliberately wrong sources that the check finds a breach.
 */
class UserFacingTextTest {

    /**
     * The command-line tools (operations) speak to the operator in English; the demo school's names and
     * texts are sample data, not the product's words.
     */
    private static final Set<String> NOT_FOR_USERS = Set.of("operations/", "demo/");

    private static final SourceText APPLICATION =
            new SourceText(Path.of("src/main/java/org/sourcework"), NOT_FOR_USERS);
    private static final SourceText FIXTURES = new SourceText(Path.of("src/test/java/fixtures/messages"), Set.of());

    @Test
    void services_and_views_hand_people_no_words_outside_the_bundle() {
        assertThat(APPLICATION.wordsOutsideTheBundle()).isEmpty();
    }

    @Test
    void every_key_the_code_asks_for_is_in_the_bundle() {
        assertThat(APPLICATION.keysMissingFromTheBundle()).isEmpty();
    }

    @Test
    void a_refusal_worded_in_a_service_is_reported_but_a_message_for_the_log_is_not() {
        assertThat(FIXTURES.wordsOutsideTheBundle())
                .contains("shop/ShopService.java:10 \"The class is full. Ask your administrator.\"")
                .noneMatch(found -> found.contains("cannot be negative"));
    }

    @Test
    void words_handed_to_components_are_reported_but_separators_and_keys_are_not() {
        assertThat(FIXTURES.wordsOutsideTheBundle())
                .filteredOn(found -> found.startsWith("shop/ui/"))
                .containsExactly(
                        "shop/ui/ShopView.java:12 \"Your basket\"",
                        "shop/ui/ShopView.java:13 \"Save\"",
                        "shop/ui/ShopView.java:14 \"Saved.\\nThank you\"",
                        "shop/ui/ShopView.java:18 \"Shop is closed\"");
    }

    @Test
    void a_csv_header_or_a_file_problem_worded_in_the_code_is_reported_but_keys_are_not() {
        assertThat(FIXTURES.wordsOutsideTheBundle())
                .filteredOn(found -> found.startsWith("shop/ShopExport.java"))
                .containsExactlyInAnyOrder(
                        "shop/ShopExport.java:13 \"item\"",
                        "shop/ShopExport.java:13 \"unit price\"",
                        "shop/ShopExport.java:14 \"the price is missing\"");
    }

    @Test
    void a_key_missing_from_the_bundle_is_reported() {
        assertThat(FIXTURES.keysMissingFromTheBundle())
                .containsExactly("shop/ShopService.java:19 \"shop.no-such-key\"");
    }
}
