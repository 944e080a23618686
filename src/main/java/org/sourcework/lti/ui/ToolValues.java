package org.sourcework.lti.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.sourcework.lti.ToolUrls;

/** Sourcework's own addresses, read-only fields an administrator can select and copy into the platform. */
class ToolValues extends Section {

    ToolValues(ToolUrls urls) {
        var fields = new Div(
                field("lti.tool.login", urls.loginInitiation()),
                field("lti.tool.launch", urls.launch()),
                field("lti.tool.deep-linking", urls.deepLinking()),
                field("lti.tool.jwks", urls.jwks()));
        fields.addClassName("lti-tool-values");
        fields.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(18rem, 1fr))")
                .set("gap", "0 var(--lumo-space-m)");
        add(new H2(getTranslation("lti.tool.title")), new Paragraph(getTranslation("lti.tool.intro")), fields);
    }

    private TextField field(String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey), value, "");
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }
}
