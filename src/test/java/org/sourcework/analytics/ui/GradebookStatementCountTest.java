package org.sourcework.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.GridSortOrder;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcework.analytics.GradebookPart;
import org.sourcework.responses.LargeClassGenerator.LargeClass;
import org.sourcework.responses.LargeClasses;
import org.sourcework.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * Opening the gradebook (with its first page of rows) and sorting it by total issue the same number
 * of SQL statements for a class of 5 as for a class of 200 where every student has answered
 * everything: counted on the screen itself.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import(LargeClasses.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradebookStatementCountTest extends SpringBrowserlessTest {

    private static final String INSTRUCTOR = "gradebook-instructor";

    @Autowired
    LargeClasses classes;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private LargeClass small;
    private LargeClass large;

    @BeforeAll
    void generateClasses() {
        small = classes.generate("Gradebook small", 5, INSTRUCTOR);
        large = classes.generate("Gradebook large", 200, INSTRUCTOR);
    }

    /** Statements issued opening the gradebook and sorting it by total, after a first opening warmed caches. */
    private long openingAndSorting(LargeClass generated) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        open(generated);
        statistics.clear();
        open(generated);
        var grid = find(GradebookGrid.class).single();
        grid.sort(GridSortOrder.desc(grid.getColumnByKey(GradebookPart.TOTAL)).build());
        assertThat(test(grid).size()).isPositive();
        return statistics.getPrepareStatementCount();
    }

    private void open(LargeClass generated) {
        navigate("review/" + generated.assignmentId() + "/gradebook", GradebookView.class);
        assertThat(test(find(GradebookGrid.class).single()).size()).isPositive();
    }

    @Test
    @WithUserDetails(INSTRUCTOR)
    void opening_and_sorting_the_gradebook_costs_the_same_for_5_or_200_students() {
        var forSmall = openingAndSorting(small);
        var forLarge = openingAndSorting(large);

        assertThat(forSmall).as("statements are counted").isPositive();
        assertThat(forLarge).isEqualTo(forSmall);
    }
}
