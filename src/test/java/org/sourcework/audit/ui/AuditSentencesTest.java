package org.sourcework.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditEntry;
import org.sourcework.audit.AuditNames;
import org.sourcework.audit.AuditWord;
import org.sourcework.audit.internal.AuditEvent;
import org.sourcework.audit.internal.EntryNamer;
import org.sourcework.audit.internal.EntryReader;
import org.sourcework.base.ui.DateTimes;
import org.sourcework.lti.internal.LaunchProblem;

/** Every recorded action reads as a sentence a person would write, with names, never ids. */
class AuditSentencesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T15:50:00Z");
    private static final DefaultI18NProvider BUNDLE = new DefaultI18NProvider(List.of(Locale.US));

    /** People, classes and lessons by kind and key, as the features would name them; a count of the asks. */
    private static final class Names implements AuditNames {
        final Map<String, Map<String, String>> known = Map.of(
                "user", Map.of("3", "Ms Rivera", "16", "Amira Haddad", "17", "Ben Osei"),
                "username", Map.of("amira", "Amira Haddad", "rivera", "Ms Rivera"),
                "class", Map.of("5", "History 11A"),
                "assignment-class", Map.of("9", "History 11A"),
                "assignment-lesson", Map.of("9", "1"),
                "lesson", Map.of("1", "The Moscow telegram"),
                "lti-platform", Map.of("2", "School Moodle"));
        final Map<String, Integer> asked = new HashMap<>();

        @Override
        public Set<String> kinds() {
            return known.keySet();
        }

        @Override
        public Map<String, String> names(String kind, Set<String> keys) {
            asked.merge(kind, 1, Integer::sum);
            var names = new HashMap<String, String>();
            keys.forEach(key -> {
                if (known.get(kind).containsKey(key)) {
                    names.put(key, known.get(kind).get(key));
                }
            });
            return names;
        }
    }

    private final Names names = new Names();
    private final AuditSentences sentences = new AuditSentences(
            (key, parts) -> BUNDLE.getTranslation(key, Locale.US, parts),
            new DateTimes(Locale.US, ZoneId.of("America/New_York"), Clock.fixed(NOW, ZoneId.of("UTC"))));

    private static AuditEvent event(
            @Nullable Long actorId,
            String actor,
            String action,
            @Nullable String targetType,
            @Nullable String targetId,
            @Nullable String details) {
        return new AuditEvent(NOW, actorId, actor, action, targetType, targetId, details);
    }

    private static AuditEvent byRivera(String action, String targetType, String targetId, String details) {
        return event(3L, "rivera", action, targetType, targetId, details);
    }

    private List<String> say(AuditEvent... events) {
        var readings = new EntryNamer(List.of(names))
                .name(Stream.of(events).map(EntryReader::read).toList());
        return readings.stream()
                .map(reading -> sentences.sentence(
                        new AuditEntry(1, NOW, "x", "x", null, null, null, reading.sentence(), reading.parts())))
                // the JDK puts a narrow no-break space before "PM"
                .map(sentence -> sentence.replace('\u202f', ' '))
                .toList();
    }

    @Test
    void released_feedback_names_the_instructor_the_student_the_lesson_and_the_class() {
        assertThat(say(
                        byRivera("feedback.released", "assignment", "9", "3 answers (student 16)"),
                        byRivera("feedback.released", "assignment", "9", "1 answer (question hn-who-for-whom)")))
                .containsExactly(
                        "Ms Rivera released feedback to Amira Haddad on “The Moscow telegram” (History 11A): 3 answers",
                        "Ms Rivera released feedback on 1 answer in “The Moscow telegram” (History 11A)");
    }

    @Test
    void class_changes_name_the_people_and_the_class_and_show_due_dates_in_the_readers_zone() {
        assertThat(say(
                        byRivera("class.student-withdrawn", "class", "5", "user 16"),
                        byRivera("class.instructor-removed", "class", "5", "user 17"),
                        byRivera("class.student-enrolled", "class", "5", "amira"),
                        byRivera(
                                "class.lesson-assigned", "class", "5", "lesson 1, due 2026-12-19T04:59:00Z, core path"),
                        byRivera("class.lesson-assigned", "class", "5", "lesson 1, due null, full path"),
                        byRivera("class.due-date-changed", "class", "5", "lesson 1, due null"),
                        byRivera("class.renamed", "class", "5", "History 11 -> History 11A")))
                .containsExactly(
                        "Ms Rivera withdrew Amira Haddad from History 11A; their work is kept",
                        "Ms Rivera removed Ben Osei as an instructor of History 11A",
                        "Ms Rivera enrolled Amira Haddad in History 11A",
                        "Ms Rivera assigned the core path of “The Moscow telegram” to History 11A, due Dec 18, 2026, 11:59 PM",
                        "Ms Rivera assigned the full lesson “The Moscow telegram” to History 11A, with no due date",
                        "Ms Rivera removed the due date of “The Moscow telegram” in History 11A",
                        "Ms Rivera renamed the class History 11 to History 11A");
    }

    @Test
    void counts_are_in_words_with_correct_plurals() {
        assertThat(say(byRivera(
                        "roster.imported",
                        "import",
                        "0",
                        "2 accounts created, no accounts updated, "
                                + "1 class created, 2 enrolments, no rows unchanged, 1 row skipped")))
                .containsExactly(
                        "Ms Rivera imported a roster: 2 accounts created, no accounts updated, 1 class created, "
                                + "2 enrolments, no rows unchanged, 1 row skipped");
    }

    @Test
    void account_changes_say_what_changed() {
        assertThat(say(
                        byRivera(
                                "user.updated",
                                "user",
                                "16",
                                "Amira H, amira@example.org, STUDENT -> "
                                        + "Amira Haddad, amira@example.org, INSTRUCTOR"),
                        byRivera("user.created", "user", "16", "username=amira, role=STUDENT"),
                        event(null, "amira", "sign-in.failed", "user", "16", null),
                        event(null, "anonymous", "sign-in.failed", "user", null, "unknown username")))
                .containsExactly(
                        "Ms Rivera changed the account of Amira Haddad: name from “Amira H” to “Amira Haddad”; "
                                + "made them an instructor instead of a student",
                        "Ms Rivera created an account for Amira Haddad as a student",
                        "A sign-in as Amira Haddad failed",
                        "A sign-in with an unknown username failed");
    }

    @Test
    void learning_platform_entries_name_the_platform_the_key_and_the_class() {
        assertThat(say(
                        byRivera(
                                "lti.platform.added",
                                "lti-platform",
                                "2",
                                "name=School Moodle, issuer=https://moodle.school.example, client_id=abc, deployments=1"),
                        byRivera("lti.key.retired", "lti-key", "k-1", null),
                        event(16L, "amira", "lti.launch", "class", "5", "platform=2, role=learner")))
                .containsExactly(
                        "Ms Rivera registered the learning platform School Moodle",
                        "Ms Rivera retired the signing key k-1",
                        "Amira Haddad opened Sourcework from School Moodle as a student, in History 11A");
    }

    @Test
    void a_refused_launch_names_the_platform_and_says_why_in_plain_words() {
        assertThat(say(
                        event(
                                null,
                                "",
                                "lti.launch.refused",
                                "lti-platform",
                                "2",
                                "reason=bad_signature; JWT rejected"),
                        event(
                                null,
                                "",
                                "lti.launch.refused",
                                "lti-platform",
                                null,
                                "reason=unknown_platform; iss=https://unknown.example, client_id=abc"),
                        event(null, "", "lti.launch.refused", "lti-platform", "404", "reason=nonce_reused; state used"),
                        event(null, "", "lti.launch.refused", "lti-platform", null, "reason=server_fault; IOException"),
                        event(17L, "ben", "lti.launch", "class", "5", "platform=2, role=instructor")))
                .containsExactly(
                        "A launch from School Moodle was refused: its signature did not match the platform’s keys",
                        "A launch from https://unknown.example was refused: that platform is not registered in "
                                + "Sourcework with the issuer and client id it sent",
                        "A launch from a removed learning platform was refused: the message had already been used "
                                + "once, so it may have been replayed",
                        "A launch from a learning platform was refused: a fault on Sourcework’s server (its log has "
                                + "the cause)",
                        "Ben Osei opened Sourcework from School Moodle as an instructor, in History 11A");
    }

    @Test
    void every_reason_a_launch_is_refused_for_has_its_words_in_the_bundle() {
        var bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        for (var problem : LaunchProblem.values()) {
            var reason = problem.name().toLowerCase(Locale.ROOT);
            var reading =
                    EntryReader.read(event(null, "", "lti.launch.refused", "lti-platform", "2", "reason=" + reason));

            assertThat(reading.sentence()).as(reason).isEqualTo("lti.launch.refused");
            assertThat(reading.parts().getLast())
                    .as(reason)
                    .isInstanceOfSatisfying(
                            AuditWord.class, word -> assertThat(bundle.keySet()).contains("audit.word." + word.key()));
        }
    }

    @Test
    void deep_linking_entries_name_the_lesson_and_the_class() {
        assertThat(say(
                        byRivera("lti.deep-link.returned", "assignment", "9", "platform=2, points=40"),
                        byRivera("lti.deep-link.cancelled", "class", "5", "platform=2"),
                        byRivera("lti.resource-link.linked", "assignment", "9", "platform=2, resource_link=r1")))
                .containsExactly(
                        "Ms Rivera added “The Moscow telegram” (History 11A) to a course in a learning platform",
                        "Ms Rivera chose no lesson to add to a learning platform's course for History 11A",
                        "Ms Rivera opened a new learning platform activity; it now opens “The Moscow telegram” (History 11A)");
    }

    @Test
    void scores_sent_to_a_learning_platform_name_the_student_the_lesson_and_the_class() {
        assertThat(say(
                        event(null, "system", "lti.grade-sent", "assignment", "9", "student 16, platform 2: 7 of 10"),
                        event(
                                null,
                                "system",
                                "lti.grade-failed",
                                "assignment",
                                "9",
                                "student 16, platform 2: unreachable; score service answered 503"),
                        byRivera("lti.grade-resent", "assignment", "9", "student 16")))
                .containsExactly(
                        "Sourcework sent the score of Amira Haddad on “The Moscow telegram” (History 11A)"
                                + " to a learning platform: 7 of 10",
                        "Sourcework stopped trying to send the score of Amira Haddad on “The Moscow telegram”"
                                + " (History 11A) to a learning platform: unreachable; score service answered 503",
                        "Ms Rivera asked to send the score of Amira Haddad on “The Moscow telegram” (History 11A) again");
    }

    @Test
    void school_sign_ins_name_the_provider_the_email_and_why_one_was_refused() {
        assertThat(say(
                        event(
                                null,
                                "amira",
                                "school-sign-in.linked",
                                "user",
                                "16",
                                "provider=Google; email=amira@school.example"),
                        event(
                                null,
                                "anonymous",
                                "school-sign-in.refused",
                                "user",
                                null,
                                "provider=Google; email=nobody@school.example; reason=no-account"),
                        event(
                                null,
                                "amira",
                                "school-sign-in.refused",
                                "user",
                                "16",
                                "provider=Google; email=none; reason=no-verified-email")))
                .containsExactly(
                        "The Google account amira@school.example now signs in Amira Haddad",
                        "A sign-in with Google (nobody@school.example) was refused: no account uses this email",
                        "A sign-in with Google (no confirmed email) was refused: the provider confirmed no email address");
    }

    @Test
    void a_roster_refresh_names_the_instructor_the_class_and_what_changed() {
        assertThat(say(byRivera(
                        "lti.roster.refreshed", "class", "5", "platform=2, 1 added, 0 back, 2 changed, 1 withdrawn")))
                .containsExactly("Ms Rivera refreshed the roster of History 11A from its learning platform: 1 added,"
                        + " 0 back, 2 changed, 1 withdrawn");
    }

    @Test
    void what_is_gone_is_said_plainly() {
        assertThat(say(
                        byRivera("class.student-withdrawn", "class", "404", "user 404"),
                        byRivera("feedback.released", "assignment", "404", "2 answers (question q1)")))
                .containsExactly(
                        "Ms Rivera withdrew a removed account from a removed class; their work is kept",
                        "Ms Rivera released feedback on 2 answers in “a removed lesson” (a removed class)");
    }

    @Test
    void a_long_page_costs_no_more_lookups_than_a_short_one() {
        var page = new ArrayList<AuditEvent>();
        say(pageOf(1, page));
        var forOne = Map.copyOf(names.asked);
        names.asked.clear();

        say(pageOf(25, page));

        assertThat(names.asked).isEqualTo(forOne).containsKeys("user", "class", "lesson", "assignment-class");
    }

    private static AuditEvent[] pageOf(int copies, List<AuditEvent> page) {
        page.clear();
        for (int i = 0; i < copies; i++) {
            page.add(byRivera("class.student-withdrawn", "class", "5", "user 16"));
            page.add(byRivera("class.instructor-removed", "class", "5", "user " + (17 + i)));
            page.add(byRivera("feedback.released", "assignment", "9", "3 answers (student 16)"));
            page.add(byRivera("class.lesson-assigned", "class", "5", "lesson " + i + ", due null, full path"));
        }
        return page.toArray(AuditEvent[]::new);
    }

    // every string literal that looks like an action inside a call of the audit log, up to the call's end
    private static final Pattern RECORD_CALL = Pattern.compile("(?i)audit\\w*\\.record(?:For)?\\(([^;]*);");
    private static final Pattern ACTION = Pattern.compile("\"([a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*)\"");

    private static Set<String> recordedActions() throws IOException {
        var actions = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                var call = RECORD_CALL.matcher(Files.readString(file));
                while (call.find()) {
                    var action = ACTION.matcher(call.group(1));
                    while (action.find()) {
                        actions.add(action.group(1));
                    }
                }
            }
        }
        return actions;
    }

    @Test
    void every_action_the_code_records_has_a_sentence_and_a_name_in_the_bundle() throws IOException {
        var actions = recordedActions();

        assertThat(actions)
                .as("the scan finds the actions of users, sign-in, classes, imports and feedback")
                .contains(
                        "user.created",
                        "sign-in.failed",
                        "class.lesson-assigned",
                        "roster.imported",
                        "feedback.released",
                        "class.student-enrolled",
                        "class.instructor-added")
                .hasSizeGreaterThanOrEqualTo(21);
        // the bundle itself, not a translation call: a provider may answer a missing key with the key
        var bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        assertThat(actions)
                .allSatisfy(action -> assertThat(bundle.keySet())
                        .as(action)
                        .contains("audit.say." + action, "audit.action." + action));
    }

    @Test
    void every_recorded_action_is_read_as_its_own_sentence_not_the_fallback() throws IOException {
        for (var action : recordedActions()) {
            var reading = EntryReader.read(byRivera(action, "class", "5", null));
            assertThat(reading.sentence()).as(action).isIn("other", action, action + ".unknown", action + ".nothing");
        }
    }
}
