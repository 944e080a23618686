package org.sourcework.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.MainLayout;
import org.sourcework.home.ui.StudentHomeView;
import org.sourcework.support.IntegrationTest;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Views are created on every navigation. Guarded by Vaadin's access checker alone, they are the
 * plain view classes; a Spring proxy around each one cost CPU on every arrival and broke final methods.
 */
@IntegrationTest
class ViewsWithoutProxiesTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Test
    @WithUserDetails("amira")
    void the_view_and_layout_a_student_lands_on_are_the_classes_themselves() {
        navigate("my-lessons", StudentHomeView.class);

        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain).extracting(Object::getClass).containsExactly(StudentHomeView.class, MainLayout.class);
    }

    @Test
    void no_advice_of_the_application_applies_to_any_view_or_layout() {
        var viewsAndLayouts = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .flatMap(route ->
                        Stream.concat(Stream.of(route.getNavigationTarget()), route.getParentLayouts().stream()))
                .distinct()
                .toList();
        var advisors = context.getBeansOfType(Advisor.class).values();

        assertThat(viewsAndLayouts).hasSizeGreaterThan(15);
        assertThat(advisors).isNotEmpty();
        assertThat(viewsAndLayouts)
                .allSatisfy(view -> assertThat(advisors)
                        .as("advisors that would wrap %s in a proxy", view.getSimpleName())
                        .noneMatch(advisor -> AopUtils.canApply(advisor, view)));
    }
}
