package org.sourcework.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.ChoiceField.Choice;
import org.sourcework.support.ChoiceClicks;
import org.sourcework.support.Rendered;

class ChoiceFieldTest {

    private static final List<Choice> CHOICES = List.of(
            new Choice("embassy", "The U.S. Embassy in Moscow"),
            new Choice("press", "Pravda's <editors> & \"readers\""),
            new Choice("party", "The party"));

    private final List<List<String>> reported = new ArrayList<>();

    @Test
    void radio_buttons_are_one_element_on_the_server_with_the_options_as_vaadin_draws_them() {
        var field =
                new ChoiceField(false, CHOICES).group("class", "choice-group").group("accessible-name-ref", "prompt-q");
        field.setValue(List.of("press"));

        var group = Rendered.of(field).selectFirst("vaadin-radio-group");
        assertThat(field.getElement().getChildCount()).isZero();
        assertThat(group.attr("accessible-name-ref")).isEqualTo("prompt-q");
        assertThat(group.attr("theme")).isEqualTo("vertical");
        assertThat(group.select("vaadin-radio-button").eachAttr("label"))
                .containsExactly("The U.S. Embassy in Moscow", "Pravda's <editors> & \"readers\"", "The party");
        assertThat(group.select("vaadin-radio-button[checked]").eachAttr("value"))
                .containsExactly("press");
    }

    @Test
    void a_change_in_the_browser_reports_the_checked_options_in_their_order_and_only_known_ones() {
        var field = new ChoiceField(true, CHOICES);
        field.onChange(reported::add);

        ChoiceClicks.check(field, "party", "invented", "embassy");
        ChoiceClicks.check(field, "party", "embassy");

        assertThat(reported).containsExactly(List.of("embassy", "party"));
        assertThat(field.getValue()).containsExactly("embassy", "party");
    }

    @Test
    void radio_buttons_keep_one_option_whatever_the_browser_sends() {
        var field = new ChoiceField(false, CHOICES);
        field.onChange(reported::add);

        ChoiceClicks.check(field, "party", "press");

        assertThat(field.getValue()).containsExactly("press");
    }

    @Test
    void a_read_only_field_ignores_changes_and_draws_its_group_read_only() {
        var field = new ChoiceField(true, CHOICES);
        field.onChange(reported::add);
        field.setReadOnly(true);

        ChoiceClicks.check(field, "press");

        assertThat(reported).isEmpty();
        assertThat(field.getValue()).isEmpty();
        assertThat(group(field).hasAttr("readonly")).isTrue();
    }

    @Test
    void checkboxes_are_checked_through_the_groups_value_because_the_group_unchecks_boxes_it_does_not_hold() {
        var field = new ChoiceField(true, CHOICES);

        field.setValue(List.of("party", "embassy"));

        assertThat(group(field).select("vaadin-checkbox[checked]")).isEmpty();
        assertThat(field.getValue()).containsExactly("embassy", "party");
    }

    @Test
    void an_error_is_shown_without_drawing_the_options_again() {
        var field = new ChoiceField(false, CHOICES);
        var drawn = field.getElement().getProperty("innerHTML");

        field.setError("Choose at most 2 sentences.");

        assertThat(field.getElement().getProperty("innerHTML")).isSameAs(drawn);
    }

    private static Element group(ChoiceField field) {
        return Rendered.of(field).selectFirst("vaadin-radio-group, vaadin-checkbox-group");
    }
}
