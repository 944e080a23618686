package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.sourcework.base.Message;
import org.sourcework.lessons.Document;
import org.sourcework.lessons.LoadProblem;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.SourceDocument;

/**
 * The further documents of a lesson with several: each read from the file {@code lesson.yaml}
 * names, with its own adapted text; section ids must be unique across all of the lesson's documents,
 * since questions name sections by id alone.
 */
final class FurtherDocuments {

    private FurtherDocuments() {}

    static List<SourceDocument> read(
            String folder,
            Map<String, String> files,
            List<LessonSources.DocumentEntry> entries,
            Document first,
            FileProblems lessonProblems,
            List<LoadProblem> problems) {
        var owners = new HashMap<String, String>();
        if (first != null) {
            first.allSections().forEach(section -> owners.put(section.id(), LessonParser.DOCUMENT_FILE));
        }
        var documents = new ArrayList<SourceDocument>();
        for (var entry : entries) {
            if (!files.containsKey(entry.file())) {
                lessonProblems.error(
                        entry.fileLine(), Message.of("lesson.problem.document-file-missing", entry.id(), entry.file()));
                continue;
            }
            var document = DocumentParser.parse(
                    LessonParser.normalize(files.get(entry.file())),
                    new FileProblems(folder + "/" + entry.file(), problems));
            if (owners.containsKey(entry.id())) {
                lessonProblems.error(
                        entry.line(),
                        Message.of("lesson.problem.document-id-is-section", entry.id(), owners.get(entry.id())));
            }
            for (var section : document.allSections()) {
                var owner = owners.putIfAbsent(section.id(), entry.file());
                if (owner != null) {
                    lessonProblems.error(
                            entry.line(),
                            Message.of(
                                    "lesson.problem.section-id-twice",
                                    entry.file(),
                                    section.id(),
                                    owner,
                                    entry.id() + "-" + section.id()));
                }
            }
            Map<String, List<String>> adapted = Map.of();
            if (entry.adaptedFile() != null && !files.containsKey(entry.adaptedFile())) {
                lessonProblems.error(
                        entry.adaptedLine(),
                        Message.of("lesson.problem.adapted-file-missing", entry.id(), entry.adaptedFile()));
            } else if (entry.adaptedFile() != null) {
                adapted = AdaptedParser.parse(
                        LessonParser.normalize(files.get(entry.adaptedFile())),
                        document,
                        entry.file(),
                        new FileProblems(folder + "/" + entry.adaptedFile(), problems));
            }
            documents.add(new SourceDocument(entry.id(), entry.headnote(), document, adapted));
        }
        return documents;
    }

    /** Every document's sections as one, for checking the questions, which may name any of them. */
    static Document merged(Document first, List<SourceDocument> more) {
        if (first == null || more.isEmpty()) {
            return first;
        }
        var sections = new ArrayList<Section>(first.sections());
        more.forEach(document -> sections.addAll(document.document().sections()));
        return new Document(first.title(), sections, first.footnotes());
    }

    /** A file in the folder that no part of the lesson uses is probably a mistake: said, not refused. */
    static void warnAboutUnusedFiles(
            String folder, Map<String, String> files, LessonFile lesson, List<LoadProblem> problems) {
        var used = new HashSet<>(LessonParser.FILES);
        used.add(LessonParser.ADAPTED_FILE);
        if (lesson != null) {
            lesson.documents().forEach(entry -> {
                used.add(entry.file());
                used.add(entry.adaptedFile());
            });
        }
        files.keySet().stream()
                .filter(name -> !used.contains(name))
                .sorted()
                .forEach(name -> problems.add(
                        LoadProblem.warning(folder + "/" + name, 1, Message.of("lesson.problem.unused-file"))));
    }
}
