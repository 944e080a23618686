package org.sourcework.administration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sourcework.roster.ImportRow;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.ReadmeExamples;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class RosterImportViewTest extends SpringBrowserlessTest {

    private Button confirm() {
        return find(Button.class).withText("Confirm import").single();
    }

    private void upload(String name) throws IOException {
        term().setValue("Spring 2027");
        upload(name, new ClassPathResource("csv/" + name).getContentAsByteArray());
    }

    private void upload(String name, byte[] bytes) {
        test(find(Upload.class).single()).upload(name, "text/csv", bytes);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> term() {
        return find(ComboBox.class)
                .withCaption("Term for the classes in the file")
                .single();
    }

    @SuppressWarnings("unchecked")
    private Grid<ImportRow> plan() {
        return find(Grid.class).single();
    }

    @Test
    @WithUserDetails("admin")
    void confirm_is_disabled_until_a_dry_run_has_been_made() {
        navigate(RosterImportView.class);

        assertThat(confirm().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void a_dry_run_flags_the_bad_row_and_says_why() throws IOException {
        navigate(RosterImportView.class);

        upload("one-bad-row.csv");

        var grid = test(plan());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(1).valid()).isFalse();
        assertThat(grid.getCellText(1, 6)).startsWith("Skipped. username: 'bad name!' is not a valid username");
        assertThat(grid.getCellText(0, 6)).isEqualTo("Create account, Enrol");
        assertThat(confirm().isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void each_problem_of_a_dry_run_starts_with_its_row_and_column_set_apart() throws IOException {
        navigate(RosterImportView.class);

        upload("one-bad-row.csv");

        var problems =
                find(UnorderedList.class).withClassName("import-problems").single();
        var problem = find(ListItem.class).from(problems).single();
        assertThat(problem.getElement().getTextRecursively())
                .startsWith("Row 3, column ‘username’: 'bad name!' is not a valid username");
        assertThat(find(Span.class)
                        .withClassName("problem-location")
                        .from(problem)
                        .single()
                        .getText())
                .isEqualTo("Row 3, column ‘username’:");
        // the monospace style is for lesson files' file:line problems
        assertThat(problems.getClassNames()).doesNotContain("problem-list");
    }

    @Test
    @WithUserDetails("admin")
    void confirming_imports_the_valid_rows_and_offers_the_passwords_once() throws IOException {
        navigate(RosterImportView.class);
        upload("one-bad-row.csv");

        test(confirm()).click();

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains(
                        "Import finished",
                        "2 accounts created, no classes created, 2 enrolments, no rows unchanged," + " 1 row skipped.");
        assertThat(find(Anchor.class).withText("Download temporary passwords").exists())
                .isTrue();
        assertThat(confirm().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void the_term_chooser_offers_the_schools_terms_with_the_most_recent_chosen() {
        navigate(RosterImportView.class);

        assertThat(term().getValue()).isEqualTo("Spring 2027");
        assertThat(test(term()).getSuggestionItems()).containsExactly("Spring 2027");
        assertThat(term().isAllowCustomValue()).as("a new term may be typed").isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void the_readme_example_passes_its_dry_run_as_written_and_can_be_confirmed() throws IOException {
        navigate(RosterImportView.class);

        upload("roster.csv", ReadmeExamples.rosterCsv());

        assertThat(find(UnorderedList.class).withClassName("import-problems").exists())
                .isFalse();
        assertThat(test(plan()).getCellText(0, 5)).isEqualTo("History 11A (Spring 2027)");
        assertThat(confirm().isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_file_that_would_change_nothing_cannot_be_confirmed_and_says_why() throws IOException {
        navigate(RosterImportView.class);
        upload("roster.csv", ReadmeExamples.rosterCsv());
        test(confirm()).click();

        upload("roster.csv", ReadmeExamples.rosterCsv());

        assertThat(confirm().isEnabled()).isFalse();
        assertThat(find(Paragraph.class)
                        .withClassName("import-nothing")
                        .single()
                        .getText())
                .startsWith("Nothing would change");
    }

    @Test
    @WithUserDetails("admin")
    void updating_existing_users_is_off_until_chosen_and_the_dry_run_then_shows_the_change() throws IOException {
        navigate(RosterImportView.class);
        var update = find(Checkbox.class)
                .withCaption("Update names and emails of existing users")
                .single();
        assertThat(update.getValue()).isFalse();
        upload("existing-different.csv");
        assertThat(confirm().isEnabled()).isFalse();

        test(update).click();

        assertThat(test(plan()).getCellText(0, 6))
                .isEqualTo("Update account (email: ‘amira@demo.sourcework.org’ → ‘amira.haddad@elsewhere.example’)");
        assertThat(confirm().isEnabled()).isTrue();
        test(confirm()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("1 account updated");
    }

    @Test
    @WithUserDetails("admin")
    void an_unreadable_file_gets_a_clear_message() throws IOException {
        navigate(RosterImportView.class);
        test(find(Upload.class).single())
                .upload("roster.csv", "text/csv", "username,role\namira,student\n".getBytes(StandardCharsets.UTF_8));

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("The header row has no display name column.");
        assertThat(confirm().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("amira")
    void student_cannot_open_the_import_page() {
        UI.getCurrent().navigate("admin/import");

        assertThat(getCurrentView()).isNotInstanceOf(RosterImportView.class);
    }
}
