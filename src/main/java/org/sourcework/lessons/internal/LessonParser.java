package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sourcework.base.Message;
import org.sourcework.lessons.Document;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LoadProblem;
import org.sourcework.lessons.Paragraph;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.Sentence;
import org.sourcework.lessons.SourceDocument;

/**
 * Reads a lesson from the text of its three files and checks it against lessons/README.md. Files
 * come as a map rather than from disk, so a version stored in the database reads the same way.
 */
public final class LessonParser {

    public static final String LESSON_FILE = "lesson.yaml";
    public static final String DOCUMENT_FILE = "document.md";
    public static final String QUESTIONS_FILE = "questions.yaml";
    public static final List<String> FILES = List.of(LESSON_FILE, DOCUMENT_FILE, QUESTIONS_FILE);
    /** The optional adapted text of {@link #DOCUMENT_FILE}. */
    public static final String ADAPTED_FILE = "adapted.md";

    private LessonParser() {}

    /**
     * @param folder the folder as messages name it, such as {@code lessons/moscow-1956}; its last
     *               part is the lesson's slug
     * @param files  file name to text, for the names in {@link #FILES}
     */
    public static ParsedLesson parse(String folder, Map<String, String> files) {
        var problems = new ArrayList<LoadProblem>();
        var slug = folder.substring(folder.lastIndexOf('/') + 1);
        var lessonProblems = new FileProblems(folder + "/" + LESSON_FILE, problems);
        var documentProblems = new FileProblems(folder + "/" + DOCUMENT_FILE, problems);
        var questionProblems = new FileProblems(folder + "/" + QUESTIONS_FILE, problems);
        for (var name : FILES) {
            if (!files.containsKey(name)) {
                problems.add(LoadProblem.error(
                        folder + "/" + name, 1, Message.of("lesson.problem.file-missing", String.join(", ", FILES))));
            }
        }
        var lesson = files.containsKey(LESSON_FILE)
                ? LessonFileReader.read(normalize(files.get(LESSON_FILE)), lessonProblems)
                : null;
        Document document = files.containsKey(DOCUMENT_FILE)
                ? DocumentParser.parse(normalize(files.get(DOCUMENT_FILE)), documentProblems)
                : null;
        var header = lesson == null ? null : lesson.orElse(null);
        var more = header == null
                ? List.<SourceDocument>of()
                : FurtherDocuments.read(folder, files, header.documents(), document, lessonProblems, problems);
        var questions = files.containsKey(QUESTIONS_FILE)
                ? QuestionsReader.read(
                        normalize(files.get(QUESTIONS_FILE)),
                        FurtherDocuments.merged(document, more),
                        more.stream().map(SourceDocument::id).collect(Collectors.toSet()),
                        header == null ? null : header.relatedIds(),
                        questionProblems)
                : null;
        if (lesson != null
                && lesson.isPresent()
                && document != null
                && !document.sections().isEmpty()) {
            checkGlossary(lesson.get(), FurtherDocuments.merged(document, more), lessonProblems);
        }
        Map<String, List<String>> adapted = files.containsKey(ADAPTED_FILE) && document != null
                ? AdaptedParser.parse(
                        normalize(files.get(ADAPTED_FILE)),
                        document,
                        DOCUMENT_FILE,
                        new FileProblems(folder + "/" + ADAPTED_FILE, problems))
                : Map.of();
        FurtherDocuments.warnAboutUnusedFiles(folder, files, header, problems);
        if (problems.stream().anyMatch(LoadProblem::isError)
                || lesson == null
                || lesson.isEmpty()
                || questions == null
                || questions.isEmpty()) {
            return new ParsedLesson(null, problems);
        }
        var content = new LessonContent(
                slug,
                header.title(),
                header.centralQuestion(),
                header.headnote(),
                header.settings(),
                header.glossary(),
                document,
                questions.get().questions(),
                questions.get().rubrics(),
                questions.get().corePath(),
                adapted,
                header.related(),
                questions.get().comparisons(),
                more);
        return new ParsedLesson(content, problems);
    }

    /** Line endings as Unix writes them, without a byte-order mark, so line numbers and hashes agree. */
    public static String normalize(String text) {
        var unix = text.replace("\r\n", "\n").replace('\r', '\n');
        return unix.startsWith("\uFEFF") ? unix.substring(1) : unix;
    }

    private static void checkGlossary(LessonFile lesson, Document document, FileProblems problems) {
        var text = new StringBuilder(document.titleText());
        document.allSections().forEach(section -> appendText(section, text));
        document.footnotes().forEach(footnote -> text.append('\n').append(footnote.text()));
        var searchable = PhraseMatcher.normalize(text.toString());
        for (int i = 0; i < lesson.glossary().size(); i++) {
            var term = lesson.glossary().get(i);
            boolean found = term.matches().stream()
                    .anyMatch(match -> wholeWord(match).matcher(searchable).find());
            if (!found) {
                problems.warning(
                        lesson.glossaryLines().get(i),
                        Message.of("lesson.problem.glossary-unused", term.term(), DOCUMENT_FILE));
            }
        }
    }

    private static void appendText(Section section, StringBuilder text) {
        section.blocks().stream()
                .filter(Paragraph.class::isInstance)
                .flatMap(block -> ((Paragraph) block).sentences().stream())
                .map(Sentence::text)
                .forEach(sentence -> text.append('\n').append(sentence));
    }

    private static Pattern wholeWord(String match) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(PhraseMatcher.normalize(match)) + "(?![\\p{L}\\p{N}])");
    }
}
