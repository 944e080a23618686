package org.sourcework.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.LoadProblem;

/**
 * Each folder of src/test/resources/lessons-broken has one mistake; the loader names its file and
 * line, says what is wrong and how to fix it, and does not load the lesson.
 */
class BrokenLessonTest {

    private static List<String> problemsOf(String brokenCase) {
        var parsed = LessonFixtures.parse(Path.of("src/test/resources/lessons-broken", brokenCase));
        assertThat(parsed.isValid()).as("a lesson with an error is not loaded").isFalse();
        return parsed.problems().stream().map(LoadProblem::formatted).toList();
    }

    @Test
    void unclosed_quotation_mark_is_reported_on_the_line_where_it_opens() {
        assertThat(problemsOf("bad-yaml"))
                .containsExactly(
                        "lessons/bad-yaml/questions.yaml:7: the file is not valid"
                                + " YAML: a quotation mark opened on this line is never closed. Close it at the end of the text.");
    }

    @Test
    void wrong_indentation_is_reported_with_the_line_of_the_yaml_parser() {
        assertThat(problemsOf("bad-yaml-indent"))
                .containsExactly("lessons/bad-yaml-indent/questions.yaml:7: the file"
                        + " is not valid YAML: this line is not indented like the lines before it. Line it up, with spaces,"
                        + " under the other fields of the same item.");
    }

    @Test
    void tab_indentation_is_reported_with_its_line() {
        assertThat(problemsOf("tab-indent"))
                .containsExactly("lessons/tab-indent/questions.yaml:6: the file is not"
                        + " valid YAML: this line is indented with a tab. Indent with spaces only.");
    }

    @Test
    void missing_required_field_is_named() {
        assertThat(problemsOf("missing-field"))
                .containsExactly(
                        "lessons/missing-field/lesson.yaml:4: the headnote is missing 'citation'. Add 'citation: …' to it.");
    }

    @Test
    void timeline_entry_without_its_event_is_reported_on_its_line() {
        assertThat(problemsOf("timeline-without-event"))
                .containsExactly("lessons/timeline-without-event/lesson.yaml:15:"
                        + " timeline entry 2 is missing 'event'. Add 'event: …' to it.");
    }

    @Test
    void core_path_naming_no_question_is_reported_on_its_line() {
        assertThat(problemsOf("core-path-unknown-question"))
                .containsExactly("lessons/core-path-unknown-question/"
                        + "questions.yaml:18: the core path lists 'q2', which is not the id of a question in this file. Check"
                        + " the spelling, or remove it from 'core-path'.");
    }

    @Test
    void missing_skill_lists_the_skills_to_choose_from() {
        assertThat(problemsOf("missing-skill"))
                .containsExactly("lessons/missing-skill/questions.yaml:2: question 'q1'"
                        + " is missing 'skill'. Add 'skill: …' with one of: sourcing, contextualisation, close-reading,"
                        + " corroboration.");
    }

    @Test
    void misspelt_field_is_reported_once_with_its_right_spelling() {
        assertThat(problemsOf("unknown-field"))
                .containsExactly("lessons/unknown-field/lesson.yaml:2: lesson.yaml has"
                        + " an unknown field 'centralQuestion'. Write it as 'central-question'.");
    }

    @Test
    void unknown_explanation_and_scoring_settings_list_the_values_to_choose_from() {
        assertThat(problemsOf("explanations-unknown"))
                .containsExactly(
                        "lessons/explanations-unknown/lesson.yaml:20: 'explanations' of settings must be one of after-check,"
                                + " after-submit, never, not 'on-pick'.",
                        "lessons/explanations-unknown/lesson.yaml:21: 'scored-attempt' of settings must be one of first, last,"
                                + " not 'best'.");
    }

    @Test
    void missing_file_is_reported() {
        assertThat(problemsOf("missing-file"))
                .containsExactly(
                        "lessons/missing-file/questions.yaml:1: the file is"
                                + " missing. Every lesson folder holds lesson.yaml, document.md, questions.yaml; see lessons/README.md.");
    }

    @Test
    void date_that_is_not_iso_is_reported_with_an_example() {
        assertThat(problemsOf("bad-date"))
                .containsExactly(
                        "lessons/bad-date/lesson.yaml:6: the date '9 May 1945' is"
                                + " not written as year-month-day. Write it like 1956-04-09, and put any remark in 'date-note'.");
    }

    @Test
    void unknown_question_type_lists_the_allowed_types() {
        assertThat(problemsOf("unknown-type"))
                .containsExactly("lessons/unknown-type/questions.yaml:4: question 'q1'"
                        + " has an unknown type 'essay'. Use one of: single-choice, multiple-choice, short-text, extended-text,"
                        + " evidence, categorisation, claim-evidence-reasoning.");
    }

    @Test
    void unknown_skill_lists_the_allowed_skills() {
        assertThat(problemsOf("unknown-skill"))
                .containsExactly("lessons/unknown-skill/questions.yaml:5: question 'q1'"
                        + " has an unknown skill 'analysis'. Use one of: sourcing, contextualisation, close-reading,"
                        + " corroboration.");
    }

    @Test
    void duplicate_question_id_is_reported_on_the_second_use() {
        assertThat(problemsOf("duplicate-question-id"))
                .containsExactly("lessons/duplicate-question-id/questions.yaml"
                        + ":16: the question id 'q1' is already used on line 2. Give each question its own id.");
    }

    @Test
    void duplicate_option_id_is_reported_on_the_second_use() {
        assertThat(problemsOf("duplicate-option-id"))
                .containsExactly(
                        "lessons/duplicate-option-id/questions.yaml:13:"
                                + " the option id 'a' is already used on line 9 in question 'q1'. Give each option its own id.");
    }

    @Test
    void duplicate_section_id_is_reported_on_the_second_heading() {
        assertThat(problemsOf("duplicate-section-id"))
                .containsExactly("lessons/duplicate-section-id/document.md:15:"
                        + " the section id 'I' is already used on line 7. Give each section its own id.");
    }

    @Test
    void question_naming_a_section_that_does_not_exist_lists_the_sections() {
        assertThat(problemsOf("unknown-section"))
                .containsExactly("lessons/unknown-section/questions.yaml:3: question"
                        + " 'q1' names section 'II', which document.md does not have. Use 'headnote' or one of: opening, I, III,"
                        + " III.B, footnotes.");
    }

    @Test
    void evidence_key_that_matches_no_sentence_is_reported_with_its_line() {
        assertThat(problemsOf("evidence-key-no-match"))
                .containsExactly("lessons/evidence-key-no-match/questions.yaml"
                        + ":10: evidence key 'rigidity, suspicions' matches no sentence in section III.B. Quote a phrase that"
                        + " appears in exactly one sentence of that section.");
    }

    @Test
    void evidence_key_that_matches_several_sentences_names_them() {
        assertThat(problemsOf("evidence-key-several-matches"))
                .containsExactly("lessons/evidence-key-several-matches/"
                        + "questions.yaml:10: evidence key 'rations are thin' matches 2 sentences in section I (2, 3). Quote a"
                        + " longer phrase that appears in only one of them.");
    }

    @Test
    void single_choice_without_a_correct_option_is_reported() {
        assertThat(problemsOf("choice-no-correct-option"))
                .containsExactly(
                        "lessons/choice-no-correct-option/"
                                + "questions.yaml:8: question 'q1' has no correct option. Add 'correct: true' to exactly one option.");
    }

    @Test
    void single_choice_with_two_correct_options_is_reported() {
        assertThat(problemsOf("choice-two-correct-options"))
                .containsExactly("lessons/choice-two-correct-options/"
                        + "questions.yaml:8: question 'q1' is single-choice but has 2 correct options (a, b). Keep 'correct:"
                        + " true' on exactly one, or make it 'type: multiple-choice'.");
    }

    @Test
    void categorisation_statement_naming_an_unknown_category_is_reported() {
        assertThat(problemsOf("unknown-category"))
                .containsExactly("lessons/unknown-category/questions.yaml:19:"
                        + " statement 's2' of question 'q1' names category 'abroad', which the question does not have. Use one"
                        + " of: inside, outside.");
    }

    @Test
    void rubric_reference_that_does_not_exist_is_reported() {
        assertThat(problemsOf("unknown-rubric"))
                .containsExactly("lessons/unknown-rubric/questions.yaml:8: question"
                        + " 'q1' uses rubric 'writing', which is not in the 'rubrics:' list. Add it there, or use one of:"
                        + " reading.");
    }

    @Test
    void points_that_differ_from_the_rubric_total_are_reported_on_the_points_line() {
        assertThat(problemsOf("points-not-rubric-sum"))
                .containsExactly("lessons/points-not-rubric-sum/questions.yaml"
                        + ":6: question 'q1' is worth 3 points but its rubric 'reading' adds up to 2 (the top level of each"
                        + " criterion). Set 'points: 2', or change the rubric.");
    }

    @Test
    void footnote_reference_without_a_footnote_is_reported_where_it_stands() {
        assertThat(problemsOf("footnote-without-text"))
                .containsExactly("lessons/footnote-without-text/document.md:13:"
                        + " footnote reference [^2] has no footnote. Add a line '[^2]: …' with its text to the footnotes, or"
                        + " remove the reference.");
    }

    @Test
    void heading_without_an_id_is_reported() {
        assertThat(problemsOf("heading-without-id"))
                .startsWith("lessons/heading-without-id/document.md:7: the heading"
                        + " '## I.' has no id. Add one at the end of the line, such as {#I}; questions use it to name the"
                        + " section.");
    }

    @Test
    void document_without_sections_is_reported_once_without_follow_up_errors() {
        assertThat(problemsOf("no-sections"))
                .containsExactly("lessons/no-sections/document.md:1: the document has no"
                        + " sections. Put a heading such as '## I. {#I}' above each part of the text.");
    }

    @Test
    void glossary_term_missing_from_the_document_is_a_warning_that_does_not_stop_the_lesson() {
        var parsed = LessonFixtures.parse(Path.of("src/test/resources/lessons-broken/unused-glossary-term"));

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.problems())
                .extracting(LoadProblem::formatted)
                .containsExactly("lessons/unused-glossary-term/"
                        + "lesson.yaml:14: warning: glossary term 'Politburo' never appears in document.md. Add the spelling used"
                        + " in the text under 'matches', or remove the term.");
        assertThat(parsed.problems().getFirst().isError()).isFalse();
    }

    @Test
    void an_adapted_text_naming_no_section_is_reported_on_its_line() {
        assertThat(problemsOf("adapted-unknown-section"))
                .containsExactly("lessons/adapted-unknown-section/"
                        + "adapted.md:5: '{#IX}' names no section of document.md. Use the id of one of its sections, such as"
                        + " {#opening}.");
    }

    @Test
    void adapted_text_outside_a_section_or_under_a_heading_without_an_id_is_reported_on_its_line() {
        assertThat(problemsOf("adapted-heading-without-id"))
                .containsExactly(
                        "lessons/adapted-heading-without-id/adapted.md:1: text before the first heading belongs to no"
                                + " section. Start each part with a heading naming its section, such as ## {#I}.",
                        "lessons/adapted-heading-without-id/adapted.md:7: the heading 'The camp' is not a section id. Write"
                                + " only the id of the section this part adapts, such as ## {#I}.");
    }

    @Test
    void a_section_adapted_twice_is_reported_on_the_second_heading() {
        assertThat(problemsOf("adapted-twice"))
                .containsExactly("lessons/adapted-twice/adapted.md:9: section 'I'"
                        + " is already adapted on line 1. Adapt each section once.");
    }

    @Test
    void an_empty_adapted_section_is_reported_on_its_heading() {
        assertThat(problemsOf("adapted-empty"))
                .containsExactly("lessons/adapted-empty/adapted.md:1: the adapted"
                        + " text of section 'I' is empty. Write it under the heading, or remove the heading.");
    }
}
