package org.sourcework.responses;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.LargeClassGenerator.LargeClass;
import org.sourcework.support.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Generated classes of the telegram lesson for statement-count tests, and the counting itself:
 * Hibernate's statistics must be on ({@code hibernate.generate_statistics=true}).
 */
@Component
public class LargeClasses {

    private final JdbcTemplate jdbc;
    private final LessonCatalogService lessons;
    private final RunAs runAs;
    private final EntityManagerFactory entityManagerFactory;

    LargeClasses(
            JdbcTemplate jdbc, LessonCatalogService lessons, RunAs runAs, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.lessons = lessons;
        this.runAs = runAs;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** A class of {@code students} who have all submitted a full answer to the telegram lesson. */
    public LargeClass generate(String name, int students) {
        return generate(name, students, null);
    }

    /** As {@link #generate(String, int)}, taught by {@code instructor} (created the first time it is named). */
    public LargeClass generate(String name, int students, String instructor) {
        var hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
        return runAs.user("admin", () -> {
            var lessonId = lessons.lessonIdBySlug("moscow-1956").orElseThrow();
            return new LargeClassGenerator(jdbc)
                    .generate(
                            name,
                            students,
                            lessonId,
                            lessons.currentVersionNumber(lessonId),
                            lessons.content(lessonId),
                            hash,
                            instructor);
        });
    }

    /** The telegram lesson as the generated classes answer it. */
    public LessonContent lesson() {
        return runAs.user(
                "admin",
                () -> lessons.content(lessons.lessonIdBySlug("moscow-1956").orElseThrow()));
    }

    /** The SQL statements {@code screen} issues as the class's instructor, once caches are warm. */
    public long statements(LargeClass generated, Runnable screen) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        runAs.user(generated.instructor(), screen);
        statistics.clear();
        runAs.user(generated.instructor(), screen);
        return statistics.getPrepareStatementCount();
    }
}
