package org.sourcework.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Exemplar;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Level;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.ShortText;
import org.sourcework.lessons.Skill;

/**
 * The telegram lesson as a history teacher reviews it (issue 11): an arguable question, a headnote
 * that says what was public when, keys that agree with each other, and rubrics that can be graded.
 */
class TelegramTeachingTest {

    private static LessonContent lesson;

    @BeforeAll
    static void parse() {
        lesson = LessonFixtures.parse(Path.of("lessons/moscow-1956")).content();
    }

    @Test
    void central_question_asks_what_the_telegram_is_evidence_of_rather_than_for_a_summary() {
        assertThat(lesson.centralQuestion())
                .doesNotStartWith("Why, according to")
                .contains("better evidence")
                .contains("American diplomats");
        var finalTask = finalTask();
        assertThat(finalTask.prompt()).contains("better evidence");
        assertThat(finalTask.skill())
                .as("the final task must not inflate corroboration in the skill report")
                .isNotEqualTo(Skill.CORROBORATION);
    }

    @Test
    void headnote_gives_the_congress_dates_the_distribution_and_a_timeline_and_keeps_washington_to_the_editors() {
        var headnote = lesson.headnote();
        var context = String.join("\n", headnote.context());
        assertThat(context)
                .contains("14 to 25 February 1956")
                .contains("read aloud at party meetings")
                .contains("June 4, 1956")
                .contains("Document 40")
                .contains("never names Khrushchev")
                .contains("note to an embassy telegram of 1 April (Document 36)")
                .contains("take leave in Vienna and to go on to Washington")
                .contains("shows only the surname \"Walmsley\"");
        // the editors' note says where Bohlen was going, not that he was in Washington on April 9
        assertThat(context).doesNotContain("consultations in Washington").doesNotContain("was then in Washington");
        assertThat(lesson.glossary())
                .filteredOn(term -> term.term().equals("consultation"))
                .singleElement()
                .satisfies(
                        term -> assertThat(term.definition()).contains("Vienna").doesNotContain("was in Washington"));
        assertThat(headnote.timeline())
                .filteredOn(entry -> entry.when().equals("May 1955"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.event()).contains("9 May", "14 May", "Warsaw Pact"));
        assertThat(headnote.sender())
                .contains("chargé d'affaires ad interim")
                .contains("Signed, not necessarily written");
        assertThat(headnote.distribution())
                .contains("London, Paris, Berlin and Bonn")
                .contains("pouch");
        assertThat(headnote.timeline())
                .extracting(entry -> entry.when())
                .contains("March 1953", "14–25 February 1956", "9 April 1956", "4 June 1956");
    }

    @Test
    void the_summary_item_on_checking_sources_does_not_count_telegram_2316_as_a_check() {
        var check = choice("sum-check-sources");
        assertThat(check.options())
                .filteredOn(option -> option.text().contains("2316"))
                .extracting(Option::correct)
                .containsExactly(false);
    }

    @Test
    void only_reactionary_is_keyed_as_soviet_vocabulary() {
        var marks = choice("iv-quotation-marks");
        assertThat(marks.options())
                .filteredOn(Option::correct)
                .extracting(Option::text)
                .noneMatch(text -> text.contains("All three"));
        assertThat(marks.options())
                .filteredOn(option -> option.text().startsWith("All three"))
                .extracting(Option::correct)
                .containsExactly(false);
    }

    @Test
    void no_item_speaks_of_one_male_writer_or_of_a_speech_the_telegram_explains() {
        var words = lesson.questions().stream()
                .map(question -> question.prompt() + " " + explanations(question))
                .toList();
        assertThat(words)
                .noneMatch(text -> text.contains("his honest opinion"))
                .noneMatch(text -> text.contains("the writer"))
                .noneMatch(text -> text.contains("speech it was trying to explain"))
                .noneMatch(text -> text.contains("persuasion") && !text.contains("not \"persuasion\""));
        assertThat(lesson.glossary())
                .filteredOn(term -> term.term().equals("nuclear equation"))
                .singleElement()
                .extracting(term -> term.definition())
                .asString()
                .doesNotContain("destroy both")
                .contains("Soviet resources and base of power");
    }

    @Test
    void every_short_text_item_uses_the_shared_rubric_with_an_exemplar_at_each_level_including_zero() {
        var shortItems = lesson.questions().stream()
                .filter(ShortText.class::isInstance)
                .map(ShortText.class::cast)
                .toList();
        assertThat(shortItems).hasSizeGreaterThanOrEqualTo(10);
        for (var item : shortItems) {
            assertThat(item.rubric()).as(item.id()).isNotNull();
            assertThat(item.rubric().criteria())
                    .as(item.id())
                    .extracting(Criterion::id)
                    .containsExactly("answer");
            assertThat(item.exemplars())
                    .as(item.id())
                    .extracting(exemplar -> exemplar.level().charAt(0))
                    .containsExactly('2', '1', '0');
        }
    }

    @Test
    void final_task_exemplars_give_a_score_for_every_criterion_that_adds_up_to_their_total() {
        var finalTask = finalTask();
        var criteria = finalTask.rubric().criteria();
        assertThat(finalTask.exemplars()).hasSize(4);
        for (Exemplar exemplar : finalTask.exemplars()) {
            var total = 0;
            for (var criterion : criteria) {
                var label = criterion.label().toLowerCase().replace(" and evidence", "");
                var matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(label) + " (\\d)")
                        .matcher(exemplar.level());
                assertThat(matcher.find())
                        .as(exemplar.level() + " scores " + label)
                        .isTrue();
                var score = Integer.parseInt(matcher.group(1));
                assertThat(criterion.levels()).extracting(Level::score).contains(score);
                total += score;
            }
            assertThat(exemplar.level()).endsWith(total + " of " + finalTask.points() + ")");
        }
        var strong = finalTask.exemplars().getFirst().text();
        assertThat(strong).doesNotContain("no reason to write propaganda");
        var context = criteria.stream()
                .filter(c -> c.id().equals("contextualisation"))
                .findFirst()
                .orElseThrow();
        assertThat(context.levels().getLast().description()).doesNotContain("saw a text only after June 4");
    }

    @Test
    void new_items_ask_about_the_hedges_the_definition_of_constructive_and_the_distribution_list() {
        assertThat(choice("iiib-hedges").prompt()).contains("must have had").contains("cannot very well");
        assertThat(choice("i-constructive").prompt()).contains("i.e. whenever he consulted leadership");
        assertThat(choice("hn-distribution").prompt()).contains("pouched");
        assertThat(choice("iiib-counter-measures").options())
                .extracting(Option::text)
                .anyMatch(text -> text.contains("Warsaw Pact"))
                .noneMatch(text -> text.contains("Second World War"));
        assertThat(choice("v-dilemma").options())
                .extracting(Option::text)
                .noneMatch(text -> text.contains("losing a war"));
    }

    @Test
    void core_path_is_about_fifteen_items_over_every_part_and_skill_ending_with_the_final_task() {
        var core = lesson.coreQuestions();
        assertThat(core).hasSizeBetween(13, 16);
        assertThat(core.getLast().id()).isEqualTo("sum-final-task");
        assertThat(core).extracting(question -> question.skill()).contains(Skill.values());
        assertThat(core)
                .extracting(question -> question.sectionId())
                .contains(LessonContent.HEADNOTE, "opening", "I", "II", "III", "IV", "V", "summary");
        assertThat(lesson.questions()).hasSizeGreaterThan(core.size());
    }

    private static ExtendedText finalTask() {
        return (ExtendedText) lesson.question("sum-final-task").orElseThrow();
    }

    private static ChoiceQuestion choice(String id) {
        return (ChoiceQuestion) lesson.question(id).orElseThrow();
    }

    private static String explanations(org.sourcework.lessons.Question question) {
        return question instanceof ChoiceQuestion choice
                ? String.join(
                        " ",
                        choice.options().stream()
                                .map(o -> o.text() + " " + o.explanation())
                                .toList())
                : List.of().toString();
    }
}
