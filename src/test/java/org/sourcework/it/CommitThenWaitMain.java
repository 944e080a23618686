package org.sourcework.it;

import java.util.Arrays;
import org.sourcework.Application;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.security.SystemAuthentication;
import org.springframework.boot.SpringApplication;

/**
 * Runs the real application in a forked JVM for {@link H2SurvivesKillIT}: starts it, then commits
 * classes through {@link RosterQueries} one after another, saying so on stdout after each commit,
 * until it is killed. Committing without pause means that whenever the kill comes, the latest
 * commits are only milliseconds old: a database that delays writing them would lose them.
 * The first argument is the class name prefix; the rest go to Spring Boot.
 */
public final class CommitThenWaitMain {

    static final String MARKER = "COMMITTED ";
    static final String TERM = "Durability term";

    private CommitThenWaitMain() {}

    public static void main(String[] args) {
        var className = args[0];
        var context = SpringApplication.run(Application.class, Arrays.copyOfRange(args, 1, args.length));
        var classes = context.getBean(ClassAdminService.class);
        for (int number = 1; ; number++) {
            var name = className + " " + number;
            SystemAuthentication.asAdministrator(() -> classes.create(name, TERM));
            System.out.println(MARKER + name);
            System.out.flush();
        }
    }
}
