package org.sourcework.review;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcework.support.ThisContextsSecurity;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with a lessons folder of its own, in which {@link EditedLessonScenario}
 * changes the telegram between two students' answers. One context for every test that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ThisContextsSecurity.class)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = EditedLessonFolder.class)
@Import({ReviewFixture.class, EditedLessonScenario.class})
public @interface EditedLessonTest {}
