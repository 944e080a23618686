package org.sourcework.lti.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.MessageText;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.lti.LtiRejectedException;
import org.sourcework.lti.PlatformDetails;
import org.sourcework.lti.PlatformRow;

/** Adds or edits a platform; every problem the service finds is shown on its own field. */
class PlatformDialog extends Dialog {

    private final LtiPlatformService platforms;
    private final @Nullable PlatformRow existing;
    private final Runnable onSaved;
    private final TextField name = field("lti.field.name", "lti.field.name.help");
    private final TextField issuer = field("lti.field.issuer", "lti.field.issuer.help");
    private final TextField clientId = field("lti.field.client-id", "lti.field.client-id.help");
    private final TextArea deployments = new TextArea();
    private final TextField jwksUrl = field("lti.field.jwks-url", "lti.field.jwks-url.help");
    private final TextField authUrl = field("lti.field.auth-url", "lti.field.auth-url.help");
    private final TextField tokenUrl = field("lti.field.token-url", "lti.field.token-url.help");

    PlatformDialog(LtiPlatformService platforms, @Nullable PlatformRow existing, Runnable onSaved) {
        this.platforms = platforms;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "lti.dialog.add" : "lti.dialog.edit"));
        deployments.setLabel(getTranslation("lti.field.deployments"));
        deployments.setHelperText(getTranslation("lti.field.deployments.help"));
        deployments.setRequiredIndicatorVisible(true);
        if (existing != null) {
            var d = existing.details();
            name.setValue(d.name());
            issuer.setValue(d.issuer());
            clientId.setValue(d.clientId());
            deployments.setValue(String.join("\n", d.deploymentIds()));
            jwksUrl.setValue(d.jwksUrl());
            authUrl.setValue(d.authUrl());
            tokenUrl.setValue(d.tokenUrl());
        }
        var form = new FormLayout(name, issuer, clientId, deployments, jwksUrl, authUrl, tokenUrl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(form);
        setWidth("min(56rem, 100%)");
        var save = new Button(getTranslation("lti.dialog.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("lti.dialog.cancel"), event -> close()), save);
    }

    private TextField field(String labelKey, String helpKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    private void save() {
        var details = new PlatformDetails(
                name.getValue(),
                issuer.getValue(),
                clientId.getValue(),
                Arrays.asList(deployments.getValue().split("\\R")),
                jwksUrl.getValue(),
                authUrl.getValue(),
                tokenUrl.getValue());
        Map<String, HasValidation> fields = Map.of(
                "name",
                name,
                "issuer",
                issuer,
                "clientId",
                clientId,
                "deploymentIds",
                deployments,
                "jwksUrl",
                jwksUrl,
                "authUrl",
                authUrl,
                "tokenUrl",
                tokenUrl);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            platforms.register(existing == null ? null : existing.id(), details);
        } catch (LtiRejectedException rejected) {
            rejected.problems().forEach((field, message) -> {
                var target = fields.getOrDefault(field, name);
                target.setErrorMessage(MessageText.of(this, message));
                target.setInvalid(true);
            });
            return;
        }
        close();
        onSaved.run();
    }
}
