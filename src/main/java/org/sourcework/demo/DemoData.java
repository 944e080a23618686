package org.sourcework.demo;

import static org.sourcework.security.AppRole.ADMIN;
import static org.sourcework.security.AppRole.INSTRUCTOR;
import static org.sourcework.security.AppRole.STUDENT;

import java.util.List;
import org.sourcework.demo.SampleStudent.Profile;

/** The demo school: one administrator, two instructors, eight students in two classes. */
final class DemoData {

    /** Every demo account has this password; it is listed in the README. */
    static final String PASSWORD = "reading-1956";

    static final String TERM = "Spring 2027";
    static final String CLASS_A = "History 11A";
    static final String CLASS_B = "History 11B";
    static final String LESSON_SLUG = "moscow-1956";

    /**
     * A third class of Dana Hughes's with work already done and feedback given, so the review
     * screens have something to show. Only seeded when {@code sourcework.demo.sample-work} is on.
     */
    static final String SAMPLE_CLASS = "History 12C";

    static final String SAMPLE_INSTRUCTOR = "hughes";

    static final List<SampleStudent> SAMPLE_STUDENTS = List.of(
            new SampleStudent("isla", "Isla Brennan", Profile.STRONG),
            new SampleStudent("jonah", "Jonah Weiss", Profile.DEVELOPING),
            new SampleStudent("kofi", "Kofi Mensah", Profile.STRONG),
            new SampleStudent("lena", "Lena Fischer", Profile.BEGINNING),
            new SampleStudent("mateo", "Mateo Silva", Profile.DEVELOPING),
            new SampleStudent("nadia", "Nadia Rahman", Profile.STRONG),
            new SampleStudent("oliver", "Oliver Grant", Profile.PARTIAL),
            new SampleStudent("priya", "Priya Nair", Profile.DEVELOPING),
            new SampleStudent("quinn", "Quinn Adams", Profile.NOT_STARTED),
            new SampleStudent("rosa", "Rosa Jiménez", Profile.BEGINNING),
            new SampleStudent("sami", "Sami Virtanen", Profile.PARTIAL),
            new SampleStudent("tomas", "Tomás Byrne", Profile.DEVELOPING));

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

    private DemoData() {}
}
