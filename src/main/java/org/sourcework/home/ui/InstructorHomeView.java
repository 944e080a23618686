package org.sourcework.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.review.AssignmentCounts;
import org.sourcework.review.ClassOverviewService;
import org.sourcework.roster.AssignedLesson;
import org.sourcework.roster.ClassLessonService;
import org.sourcework.roster.ExternalRosters;
import org.sourcework.roster.RosterQueries;
import org.sourcework.roster.TaughtClass;
import org.sourcework.security.AppRoles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An instructor's classes, each with its assigned lessons, how far the class has got, and the way
 * into reviewing. A few statements per class, however many students it has.
 */
@Route("my-classes")
@Menu(order = 2, title = "nav.my-classes", icon = "vaadin:academy-cap")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class InstructorHomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final RosterQueries roster;
    private final LessonCatalogService lessons;
    private final ClassOverviewService overview;
    private final ClassLessonService classLessons;
    private final List<ExternalRosters> externalRosters;
    private final Clock clock;

    public InstructorHomeView(
            RosterQueries roster,
            LessonCatalogService lessons,
            ClassOverviewService overview,
            ClassLessonService classLessons,
            ObjectProvider<ExternalRosters> externalRosters,
            Clock clock) {
        this.roster = roster;
        this.externalRosters = externalRosters.orderedStream().toList();
        this.classLessons = classLessons;
        this.lessons = lessons;
        this.overview = overview;
        this.clock = clock;
        addClassName("page");
        addClassName("instructor-home");
    }

    /** Counted afresh on every visit: the router keeps this view when the menu leads back to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("instructor-home.title")));
        var classes = roster.classesITeach();
        if (classes.isEmpty()) {
            add(new EmptyState(
                    getTranslation("instructor-home.empty.title"), getTranslation("instructor-home.empty.text")));
            return;
        }
        var assigned = new LinkedHashMap<TaughtClass, List<AssignedLesson>>();
        classes.forEach(taught -> assigned.put(taught, roster.lessonsOf(taught.id())));
        var titles = lessons.titles(assigned.values().stream()
                .flatMap(List::stream)
                .map(AssignedLesson::lessonId)
                .distinct()
                .toList());
        var format = new ReaderFormat(this, clock);
        var list = new Div();
        list.addClassName("card-list");
        list.addClassName("class-cards");
        list.getElement().setAttribute("role", "list");
        assigned.forEach((taught, lessonsOfClass) -> {
            var counts = lessonsOfClass.isEmpty()
                    ? Map.<Long, AssignmentCounts>of()
                    : overview.countsOfClass(taught.id()).stream()
                            .collect(Collectors.toMap(AssignmentCounts::assignmentId, Function.identity()));
            var external = externalRosters.stream()
                    .flatMap(source -> source.of(taught.id()).stream())
                    .findFirst()
                    .orElse(null);
            list.add(new ClassCard(
                    taught,
                    external,
                    lessonsOfClass,
                    titles,
                    counts,
                    format,
                    (card, lesson, title) ->
                            new LessonSettingsDialog(title, card.name(), lesson, classLessons, this::render).open()));
        });
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instructor-home.page-title");
    }
}
