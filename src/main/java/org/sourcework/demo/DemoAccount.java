package org.sourcework.demo;

import org.sourcework.security.AppRole;

/** One account of the demo school. */
record DemoAccount(String username, String displayName, AppRole role, String className) {

    String email() {
        return username + "@demo.sourcework.org";
    }
}
