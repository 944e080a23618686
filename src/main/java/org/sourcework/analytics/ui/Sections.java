package org.sourcework.analytics.ui;

import com.vaadin.flow.component.Component;
import org.sourcework.lessons.LessonContent;

/** How a section is named on the review screens: its label in the lesson, or "Before reading". */
final class Sections {

    private Sections() {}

    static String label(LessonContent content, String sectionId, Component translator) {
        if (LessonContent.HEADNOTE.equals(sectionId)) {
            return translator.getTranslation("analytics.before-reading");
        }
        // an editor's label such as "Opening" or "Summary" is a name already; a numeral such as "III.A" is not
        return content.section(sectionId)
                .map(section -> section.editorLabel()
                        ? section.navLabel()
                        : translator.getTranslation("analytics.section", section.navLabel()))
                .orElse(sectionId);
    }
}
