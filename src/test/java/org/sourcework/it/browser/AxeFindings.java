package org.sourcework.it.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the current page against WCAG 2.2 AA and keeps the violations that block people
 * (impact serious or critical), written so a developer can find and fix each element.
 */
final class AxeFindings {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final List<Rule> blocking;

    private AxeFindings(List<Rule> blocking) {
        this.blocking = blocking;
    }

    static AxeFindings of(WebDriver driver) {
        // axe reads colours as drawn: a button caught in a dialog's fade-in is a shade paler than its own
        AppPage.awaitStill(driver);
        var results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException(
                    "axe-core failed on " + results.getUrl() + ": " + results.getErrorMessage());
        }
        return new AxeFindings(results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList());
    }

    boolean isEmpty() {
        return blocking.isEmpty();
    }

    /** One paragraph per rule: id, impact, what it asks for, and each offending element. */
    String describe() {
        return blocking.stream().map(AxeFindings::describe).collect(Collectors.joining(System.lineSeparator()));
    }

    private static String describe(Rule rule) {
        var nodes = rule.getNodes().stream()
                .map(node -> "    at " + node.getTarget() + System.lineSeparator() + "       " + node.getHtml()
                        + System.lineSeparator() + "       "
                        + node.getFailureSummary().replace("\n", " "))
                .collect(Collectors.joining(System.lineSeparator()));
        return "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")"
                + System.lineSeparator() + nodes;
    }
}
