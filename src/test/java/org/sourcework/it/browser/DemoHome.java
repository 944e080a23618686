package org.sourcework.it.browser;

/** Where each demo account lands after signing in, from the demo seeder's fixed data. */
enum DemoHome {
    STUDENT("amira", "/my-lessons", "My lessons", "student-home"),
    INSTRUCTOR("hughes", "/my-classes", "My classes", "instructor-home"),
    ADMIN("admin", "/admin", "Overview", "admin-home");

    final String username;
    final String path;
    final String heading;
    final String screenshotName;

    DemoHome(String username, String path, String heading, String screenshotName) {
        this.username = username;
        this.path = path;
        this.heading = heading;
        this.screenshotName = screenshotName;
    }
}
