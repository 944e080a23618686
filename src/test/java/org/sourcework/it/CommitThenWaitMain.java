package org.sourcework.it;

import java.util.Arrays;
import org.sourcework.Application;
import org.sourcework.roster.RosterService;
import org.sourcework.security.SystemAuthentication;
import org.springframework.boot.SpringApplication;

/**
 * Runs the real application in a forked JVM for {@link H2SurvivesKillIT}: starts it, commits one
 * class through {@link RosterService}, says so on stdout, and keeps serving until it is killed.
 * The first argument is the class name; the rest go to Spring Boot.
 */
public final class CommitThenWaitMain {

    static final String MARKER = "COMMITTED ";
    static final String TERM = "Durability term";

    private CommitThenWaitMain() {
    }

    public static void main(String[] args) {
        var className = args[0];
        var context = SpringApplication.run(Application.class, Arrays.copyOfRange(args, 1, args.length));
        var roster = context.getBean(RosterService.class);
        SystemAuthentication.asAdministrator(() -> roster.createClass(className, TERM));
        System.out.println(MARKER + className);
        System.out.flush();
        // Tomcat's non-daemon threads keep this JVM alive until the test kills it.
    }
}
