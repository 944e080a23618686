package org.sourcework.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.Block;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.EvidenceKey;
import org.sourcework.lessons.Exemplar;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.Footnote;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LessonSettings;
import org.sourcework.lessons.Level;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.PageMarker;
import org.sourcework.lessons.Paragraph;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.Sentence;
import org.sourcework.lessons.ShortText;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.lessons.Skill;
import org.sourcework.lessons.SuggestedComment;

/** The small lesson of src/test/resources/lessons-fixtures/tiny uses every part of the format. */
class FixtureLessonTest {

    private static ParsedLesson parsed;
    private static LessonContent lesson;

    @BeforeAll
    static void parse() {
        parsed = LessonFixtures.parse(Path.of("src/test/resources/lessons-fixtures/tiny"));
        lesson = parsed.content();
    }

    @Test
    void fixture_lesson_loads_without_problems() {
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.isValid()).isTrue();
    }

    @Test
    void lesson_file_gives_title_headnote_settings_and_glossary() {
        assertThat(lesson.slug()).isEqualTo("tiny");
        assertThat(lesson.title()).isEqualTo("A Letter Home, 1945");
        assertThat(lesson.centralQuestion())
                .isEqualTo(
                        "What does a soldier's letter tell us about the end of the war, and how far can we trust it?");
        var headnote = lesson.headnote();
        assertThat(headnote.date()).isEqualTo(LocalDate.of(1945, 5, 9));
        assertThat(headnote.dateNote()).isEqualTo("Written the day after the German surrender");
        assertThat(headnote.context())
                .containsExactly(
                        "The first paragraph of the context, wrapped over two lines.", "The second paragraph.");
        assertThat(lesson.settings()).isEqualTo(new LessonSettings(true, false));
        assertThat(lesson.glossary()).hasSize(2);
        assertThat(lesson.glossary().getFirst().matches()).containsExactly("rations");
        assertThat(lesson.glossary().get(1).matches()).containsExactly("Presidium", "Presidiums");
        assertThat(lesson.glossary().get(1).definition()).isEqualTo("The small group of top leaders of the party.");
    }

    @Test
    void headings_become_a_tree_of_sections_with_ids_labels_and_short_titles() {
        var document = lesson.document();
        assertThat(document.title()).containsExactly(new Inline.Text("A Letter Home"), new Inline.FootnoteRef("1"));
        assertThat(document.sections()).extracting(Section::id).containsExactly("opening", "I", "II", "footnotes");
        assertThat(document.allSections())
                .extracting(Section::id)
                .containsExactly("opening", "I", "II", "II.A", "II.A.1", "II.B", "footnotes");
        assertThat(document.allSections()).extracting(Section::level).containsExactly(2, 2, 2, 3, 4, 3, 2);
        var opening = document.section("opening").orElseThrow();
        assertThat(opening.editorLabel()).isTrue();
        assertThat(opening.navLabel()).isEqualTo("Opening");
        var enemy = document.section("II.A").orElseThrow();
        assertThat(enemy.headingText()).isEqualTo("A.");
        assertThat(enemy.navTitle()).isEqualTo("The enemy");
        assertThat(enemy.navLabel()).isEqualTo("A. The enemy");
        assertThat(document.section("II").orElseThrow().blocks()).isEmpty();
    }

    @Test
    void paragraphs_hold_numbered_sentences_with_page_markers_and_footnote_references_in_place() {
        var one = lesson.document().section("I").orElseThrow();
        assertThat(one.blocks()).hasSize(3);
        assertThat(one.blocks().get(1)).isEqualTo(new PageMarker("2"));
        assertThat(one.sentences()).extracting(Sentence::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(one.sentences())
                .extracting(Sentence::text)
                .containsExactly(
                        "We march at dawn.",
                        "The rations are thin and the boots are worse.",
                        "The Presidium met, where nobody was happy.",
                        "Is this the end?",
                        "It is!");
        assertThat(one.sentence(2).orElseThrow().parts())
                .containsExactly(
                        new Inline.Text("The rations are thin"),
                        new Inline.FootnoteRef("2"),
                        new Inline.Text(" and the boots are worse."));
        assertThat(one.sentence(3).orElseThrow().parts())
                .containsExactly(
                        new Inline.Text("The Presidium met, where "),
                        new PageMarker("3"),
                        new Inline.Text("nobody was happy."));
        assertThat(((Paragraph) one.blocks().get(2)).sentences().getFirst().number())
                .isEqualTo(3);
    }

    @Test
    void numbers_and_abbreviations_do_not_end_a_sentence() {
        assertThat(lesson.document().section("opening").orElseThrow().sentences())
                .extracting(Sentence::text)
                .containsExactly(
                        "2300. Dear mother, the war is over, i.e. we won.",
                        "The U.S. Army and Mr. Smith came home today.");
        assertThat(lesson.document().section("II.A.1").orElseThrow().sentences())
                .extracting(Sentence::text)
                .containsExactly("Designed to. encourage everyone.");
    }

    @Test
    void footnotes_may_run_over_several_lines() {
        assertThat(lesson.document().footnotes())
                .containsExactly(
                        new Footnote("1", "Invented for the tests."), new Footnote("2", "A soldier's complaint."));
        List<Block> footnoteSection =
                lesson.document().section("footnotes").orElseThrow().blocks();
        assertThat(footnoteSection).isEmpty();
    }

    @Test
    void choice_questions_keep_options_answer_key_and_comments() {
        var who = (SingleChoice) lesson.question("who-wrote-it").orElseThrow();
        assertThat(who.sectionId()).isEqualTo(LessonContent.HEADNOTE);
        assertThat(who.skill()).isEqualTo(Skill.SOURCING);
        assertThat(who.correctOption()).isEqualTo(new Option("a", "A soldier.", true, "Yes."));
        assertThat(who.comments()).containsExactly(new SuggestedComment(null, "Look at the sender."));
        var what = (MultipleChoice) lesson.question("what-was-thin").orElseThrow();
        assertThat(what.correctOptions()).extracting(Option::id).containsExactly("rations", "boots");
        assertThat(what.options().getFirst().explanation()).isNull();
    }

    @Test
    void written_questions_get_their_rubric_by_name_or_inline_and_their_limits() {
        var why = (ShortText) lesson.question("why-thin").orElseThrow();
        assertThat(why.prompt()).isEqualTo("Why might the rations be thin?\n\nUse what you know about 1945.");
        assertThat(why.maxLength()).isEqualTo(ShortText.DEFAULT_MAX_LENGTH);
        assertThat(why.rubric().id()).isEqualTo("reading");
        assertThat(why.comments()).containsExactly(new SuggestedComment("evidence", "Quote the letter."));
        var finalTask = (ExtendedText) lesson.question("final-task").orElseThrow();
        assertThat(finalTask.maxLength()).isEqualTo(3000);
        assertThat(finalTask.rubric().id()).isEqualTo("final-task");
        assertThat(finalTask.rubric().criteria()).extracting(Criterion::id).containsExactly("claim", "evidence");
        assertThat(finalTask.rubric().criteria().get(1).levels())
                .extracting(Level::score)
                .containsExactly(0, 2);
        assertThat(finalTask.rubric().maxScore()).isEqualTo(3);
        assertThat(finalTask.exemplars()).containsExactly(new Exemplar("3 – strong", "The letter shows relief."));
        var cer = (ClaimEvidenceReasoning) lesson.question("cer").orElseThrow();
        assertThat(cer.maxLengths())
                .isEqualTo(new ClaimEvidenceReasoning.MaxLengths(
                        200, ClaimEvidenceReasoning.MaxLengths.DEFAULTS.evidence(), 800));
    }

    @Test
    void evidence_key_is_resolved_to_the_sentence_that_holds_the_phrase() {
        var evidence = (Evidence) lesson.question("best-sentence").orElseThrow();
        assertThat(evidence.key()).containsExactly(new EvidenceKey("enemy's rigidity, suspicions", 2));
        assertThat(evidence.minSelect()).isEqualTo(1);
        assertThat(evidence.maxSelect()).isEqualTo(2);
        assertThat(evidence.claim()).isEqualTo("The enemy was feared.");
    }

    @Test
    void categorisation_keeps_each_statement_with_its_right_category() {
        var sort = (Categorisation) lesson.question("sort-it").orElseThrow();
        assertThat(sort.categories()).extracting(Categorisation.Category::id).containsExactly("food", "kit");
        assertThat(sort.statements())
                .extracting(Categorisation.Statement::categoryId)
                .containsExactly("food", "kit");
    }

    @Test
    void questions_are_found_by_section_in_file_order() {
        assertThat(lesson.questionsFor("I"))
                .extracting(q -> q.id())
                .containsExactly("what-was-thin", "why-thin", "sort-it", "cer");
        assertThat(lesson.rubrics()).extracting(r -> r.id()).containsExactly("reading");
    }

    @Test
    void windows_line_endings_read_like_unix_ones() {
        var files = LessonFixtures.files(Path.of("src/test/resources/lessons-fixtures/tiny"));
        var windows = new java.util.HashMap<String, String>();
        files.forEach((name, text) -> windows.put(name, text.replace("\n", "\r\n")));

        var fromWindows = LessonParser.parse("lessons/tiny", windows);

        assertThat(fromWindows.problems()).isEmpty();
        assertThat(fromWindows.content()).isEqualTo(lesson);
    }
}
