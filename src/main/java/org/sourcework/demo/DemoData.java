package org.sourcework.demo;

import static org.sourcework.security.AppRole.ADMIN;
import static org.sourcework.security.AppRole.INSTRUCTOR;
import static org.sourcework.security.AppRole.STUDENT;

import java.util.List;

/** The demo school: one administrator, two instructors, eight students in two classes. */
final class DemoData {

    /** Every demo account has this password; it is listed in the README. */
    static final String PASSWORD = "reading-1956";
    static final String TERM = "Spring 2027";
    static final String CLASS_A = "History 11A";
    static final String CLASS_B = "History 11B";
    static final String LESSON_SLUG = "moscow-1956";

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Morgan Reyes", ADMIN, null),
            new DemoAccount("hughes", "Dana Hughes", INSTRUCTOR, CLASS_A),
            new DemoAccount("okafor", "Chidi Okafor", INSTRUCTOR, CLASS_B),
            new DemoAccount("amira", "Amira Haddad", STUDENT, CLASS_A),
            new DemoAccount("ben", "Ben Carter", STUDENT, CLASS_A),
            new DemoAccount("chloe", "Chloé Martin", STUDENT, CLASS_A),
            new DemoAccount("daniel", "Daniel Kowalski", STUDENT, CLASS_A),
            new DemoAccount("elena", "Elena Petrova", STUDENT, CLASS_B),
            new DemoAccount("farid", "Farid Nasser", STUDENT, CLASS_B),
            new DemoAccount("grace", "Grace Liu", STUDENT, CLASS_B),
            new DemoAccount("hannah", "Hannah Schmidt", STUDENT, CLASS_B));

    private DemoData() {
    }
}
