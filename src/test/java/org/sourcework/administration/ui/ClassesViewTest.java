package org.sourcework.administration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcework.roster.ClassRow;
import org.sourcework.support.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ClassesViewTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<ClassRow> grid() {
        return find(Grid.class).single();
    }

    private List<String> classNames() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).name())
                .toList();
    }

    @Test
    @WithUserDetails("admin")
    void administrator_creates_a_class_and_sees_it_in_the_list() {
        navigate(ClassesView.class);
        assertThat(classNames()).containsExactly("History 11A", "History 11B");

        test(find(Button.class).withText("New class").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Civics 10");
        test(find(TextField.class).withLabel("Term").single()).setValue("Spring 2027");
        test(find(Button.class).withText("Create").single()).click();

        assertThat(classNames()).containsExactly("Civics 10", "History 11A", "History 11B");
    }

    @Test
    @WithUserDetails("admin")
    void a_duplicate_class_name_is_explained_in_the_dialog() {
        navigate(ClassesView.class);
        test(find(Button.class).withText("New class").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("History 11A");
        test(find(TextField.class).withLabel("Term").single()).setValue("Spring 2027");
        test(find(Button.class).withText("Create").single()).click();

        assertThat(find(Paragraph.class).withClassName("form-problem").single().getText())
                .isEqualTo("A class called 'History 11A' already exists in Spring 2027.");
    }

    @Test
    @WithUserDetails("admin")
    void withdrawing_a_student_in_the_roster_dialog_marks_them_withdrawn() {
        navigate(ClassesView.class);
        test(grid()).clickRow(0);

        test(find(Button.class).withText("Withdraw").all().getFirst()).click();

        assertThat(find(ListItem.class).all())
                .extracting(item -> item.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Amira Haddad (amira)", "Withdrawn"));
        assertThat(test(grid()).getRow(0).studentCount()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void a_student_found_by_name_is_enrolled_from_the_roster_dialog() {
        navigate(ClassesView.class);
        test(grid()).clickRow(0);
        var studentPicker = (ComboBox<Object>)
                find(ComboBox.class).withLabel("Person").all().get(1);

        test(studentPicker).setFilter("petrova");
        assertThat(test(studentPicker).getSuggestions()).containsExactly("Elena Petrova (elena)");
        test(studentPicker).selectItem("Elena Petrova (elena)");
        test(find(Button.class).withText("Enrol student").single()).click();

        assertThat(find(ListItem.class).all())
                .extracting(item -> item.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Elena Petrova (elena)"));
        assertThat(test(grid()).getRow(0).studentCount()).isEqualTo(5);
    }

    @Test
    @WithUserDetails("hughes")
    void instructor_cannot_open_the_classes_page() {
        UI.getCurrent().navigate("admin/classes");

        assertThat(getCurrentView()).isNotInstanceOf(ClassesView.class);
    }
}
