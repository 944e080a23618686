package org.sourcework.lessons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcework.lessons.LessonSummary;
import org.sourcework.support.ThisContextsSecurity;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The administrator's Lessons page on a lessons folder of its own: the telegram and one broken lesson. */
@ExtendWith(ThisContextsSecurity.class)
@SpringBootTest
@ActiveProfiles("test")
// the reload test repairs the broken lesson, so it runs last
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LessonsAdminViewTest extends SpringBrowserlessTest {

    private static final List<String> FILES = List.of("lesson.yaml", "document.md", "questions.yaml");
    private static Path lessonsDir;

    @DynamicPropertySource
    static void lessonsFolder(DynamicPropertyRegistry registry) throws IOException {
        lessonsDir = Files.createTempDirectory("sourcework-admin-lessons");
        copy(Path.of("lessons/moscow-1956"), lessonsDir.resolve("moscow-1956"));
        copy(Path.of("src/test/resources/lessons-broken/evidence-key-no-match"), lessonsDir.resolve("broken"));
        registry.add("sourcework.lessons-dir", lessonsDir::toString);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (var name : FILES) {
            Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @SuppressWarnings("unchecked")
    private List<LessonSummary> gridRows() {
        Grid<LessonSummary> grid = find(Grid.class).single();
        return grid.getGenericDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("admin")
    void administrator_sees_loaded_lessons_and_each_problem_with_its_file_and_line() {
        navigate(LessonsAdminView.class);

        assertThat(gridRows()).extracting(LessonSummary::slug).containsExactly("moscow-1956");
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactly(lessonsDir
                        + "/broken/questions.yaml:10: evidence key 'rigidity, suspicions' matches no sentence in section"
                        + " III.B. Quote a phrase that appears in exactly one sentence of that section.");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    @WithUserDetails("admin")
    void reload_picks_up_a_fixed_lesson_and_clears_its_problems() throws IOException {
        navigate(LessonsAdminView.class);
        copy(Path.of("src/test/resources/lessons-fixtures/tiny"), lessonsDir.resolve("broken"));

        test(find(Button.class).withText("Reload lessons").single()).click();

        assertThat(gridRows()).extracting(LessonSummary::slug).containsExactlyInAnyOrder("moscow-1956", "broken");
        assertThat(test(find(Notification.class).single()).getText())
                .as("counted in words that agree with the number")
                .isEqualTo("Lessons reloaded: 2 loaded, 1 new version, no problems.");
        assertThat(find(ListItem.class).all()).isEmpty();
        assertThat(find(Paragraph.class)
                        .withText("No problems: every lesson file loaded.")
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("hughes")
    void instructor_cannot_open_the_lessons_page() {
        UI.getCurrent().navigate("admin/lessons");

        assertThat(getCurrentView()).isNotInstanceOf(LessonsAdminView.class);
    }
}
