package org.sourcework.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** What someone who runs `./mvnw` for the first time sees: the product, not Vaadin's developer tools. */
class FirstRunSettingsTest {

    @Test
    void the_development_toolbar_is_off_unless_a_developer_turns_it_on() throws IOException {
        var settings = new Properties();
        try (var in = new ClassPathResource("application.properties").getInputStream()) {
            settings.load(in);
        }

        assertThat(settings.getProperty("vaadin.devmode.devTools.enabled")).isEqualTo("false");
    }
}
