package org.sourcework.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Ids in a view's address. A mistyped id (letters, or too long a number) is simply not found. */
public final class RouteIds {

    private RouteIds() {}

    public static Optional<Long> number(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
