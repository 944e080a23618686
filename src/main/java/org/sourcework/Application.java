package org.sourcework;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.sourcework.operations.MoveToPostgres;
import org.sourcework.operations.RestoreH2Backup;
import org.sourcework.operations.SpringAot;
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
        if (args.length > 0 && MoveToPostgres.COMMAND.equals(args[0])) {
            // an operator's one-off command, not a server: no web server, no Spring context
            System.exit(MoveToPostgres.run(System.getenv(), System.out));
        }
        if (args.length > 0 && RestoreH2Backup.COMMAND.equals(args[0])) {
            System.exit(RestoreH2Backup.run(args, System.getenv(), System.out));
        }
        SpringAot.enableForProductionJar();
        SpringApplication.run(Application.class, args);
    }
}
