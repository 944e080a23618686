package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sourcework.security.InstructorOnly;
import org.sourcework.security.StudentOnly;

/**
 * Students reach their work through ResponseService, instructors reach a class's work through
 * ClassWorkService, and neither service carries the other's actions.
 */
class InstructorDoorTest {

    @Test
    void every_public_method_of_the_response_service_is_for_students() {
        assertThat(publicMethods(ResponseService.class))
                .isNotEmpty()
                .allSatisfy(method -> assertThat(method.isAnnotationPresent(StudentOnly.class))
                        .as(method.getName())
                        .isTrue());
    }

    @Test
    void reopening_submitted_work_is_an_instructors_action_on_class_work() throws NoSuchMethodException {
        assertThat(ClassWorkService.class
                        .getMethod("reopen", long.class, long.class)
                        .isAnnotationPresent(InstructorOnly.class))
                .isTrue();
    }

    private static Method[] publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .toArray(Method[]::new);
    }
}
