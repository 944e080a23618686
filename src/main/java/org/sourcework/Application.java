package org.sourcework;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/sourcework.css")
@StyleSheet("styles/reader.css")
@StyleSheet("styles/overview.css")
@StyleSheet("styles/feedback.css")
@StyleSheet("styles/analytics.css")
@StyleSheet("styles/review.css")
@StyleSheet("styles/sources.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
