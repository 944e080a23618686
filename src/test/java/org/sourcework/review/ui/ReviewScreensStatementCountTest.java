package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcework.responses.LargeClassGenerator.LargeClass;
import org.sourcework.responses.LargeClasses;
import org.sourcework.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * Opening the class overview (with its first page of rows) and the review of one question issues
 * the same number of SQL statements for a class of 5 as for a class of 200 where every student has
 * answered everything: counted on the screens themselves, not on the services behind them.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import(LargeClasses.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewScreensStatementCountTest extends SpringBrowserlessTest {

    private static final String INSTRUCTOR = "screens-instructor";

    @Autowired
    LargeClasses classes;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private LargeClass small;
    private LargeClass large;
    private String questionId;

    @BeforeAll
    void generateClasses() {
        questionId = classes.lesson().questions().getLast().id();
        small = classes.generate("Screens small", 5, INSTRUCTOR);
        large = classes.generate("Screens large", 200, INSTRUCTOR);
    }

    /** Statements issued opening the screen at {@code route}, after a first opening has warmed caches. */
    private long opening(String route, Class<? extends Component> view) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        open(route, view);
        statistics.clear();
        open(route, view);
        return statistics.getPrepareStatementCount();
    }

    private void open(String route, Class<? extends Component> view) {
        navigate(route, view);
        $(Grid.class).all().forEach(grid -> assertThat(test(grid).size()).isPositive());
    }

    @Test
    @WithUserDetails(INSTRUCTOR)
    void opening_the_class_overview_costs_the_same_for_5_or_200_students() {
        var forSmall = opening("review/" + small.assignmentId(), ClassOverviewView.class);
        var forLarge = opening("review/" + large.assignmentId(), ClassOverviewView.class);

        assertThat(forSmall).as("statements are counted").isPositive();
        assertThat(forLarge).isEqualTo(forSmall);
    }

    @Test
    @WithUserDetails(INSTRUCTOR)
    void opening_the_review_of_a_question_costs_the_same_for_5_or_200_students() {
        var forSmall =
                opening("review/" + small.assignmentId() + "/question/" + questionId, ReviewByQuestionView.class);
        var forLarge =
                opening("review/" + large.assignmentId() + "/question/" + questionId, ReviewByQuestionView.class);

        assertThat(forSmall).as("statements are counted").isPositive();
        assertThat(forLarge).isEqualTo(forSmall);
    }
}
