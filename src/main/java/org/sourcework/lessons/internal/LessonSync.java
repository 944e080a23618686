package org.sourcework.lessons.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcework.base.ClusterLock;
import org.sourcework.base.Message;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LoadProblem;
import org.sourcework.lessons.ReloadSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every lesson folder and stores a new version of each lesson whose files changed. Not
 * guarded: it runs at start-up with nobody signed in; people reach it only through the guarded
 * {@code LessonCatalogService}. Each lesson is stored in its own transaction, so one that fails
 * leaves the others loaded. One sync at a time across all nodes ({@link ClusterLock}): two nodes
 * starting together, or a reload on one while another starts, would otherwise both store the same
 * new lesson or version, and one of them would fail on the unique slug or version number.
 */
@Component
public class LessonSync {

    private static final Logger log = LoggerFactory.getLogger(LessonSync.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_SLUG_LENGTH = 80;
    static final String LOCK = "lessons";

    private record Stored(long lessonId, int number, boolean newVersion) {}

    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final TransactionTemplate transactions;
    private final ContentCache cache;
    private final ClusterLock clusterLock;
    private final Clock clock;
    private final String directory;
    private volatile List<LoadProblem> problems = List.of();

    LessonSync(
            LessonRepository lessons,
            LessonVersionRepository versions,
            PlatformTransactionManager transactionManager,
            ContentCache cache,
            ClusterLock clusterLock,
            Clock clock,
            @Value("${sourcework.lessons-dir:lessons}") String directory) {
        this.lessons = lessons;
        this.versions = versions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.cache = cache;
        this.clusterLock = clusterLock;
        this.clock = clock;
        this.directory = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
    }

    /** The problems found by the last sync. */
    public List<LoadProblem> problems() {
        return problems;
    }

    public ReloadSummary syncAll() {
        return clusterLock.exclusively(LOCK, this::syncAllNow);
    }

    private ReloadSummary syncAllNow() {
        var found = new ArrayList<LoadProblem>();
        int loaded = 0;
        int newVersions = 0;
        for (var folder : folders(found)) {
            var stored = syncFolder(folder, found);
            if (stored != null) {
                loaded++;
                newVersions += stored.newVersion() ? 1 : 0;
            }
        }
        problems = List.copyOf(found);
        found.forEach(problem -> log.warn("{}", problem.formatted()));
        log.info(
                "Lessons in '{}': {} loaded, {} new versions, {} problems",
                directory,
                loaded,
                newVersions,
                found.size());
        return new ReloadSummary(loaded, newVersions, found.size());
    }

    private List<Path> folders(List<LoadProblem> found) {
        try {
            return LessonFolders.list(Path.of(directory));
        } catch (NoSuchFileException e) {
            found.add(LoadProblem.error(
                    directory,
                    1,
                    Message.of(
                            "lesson.problem.no-directory",
                            Path.of(directory).toAbsolutePath().toString())));
        } catch (IOException e) {
            found.add(LoadProblem.error(directory, 1, Message.of("lesson.problem.directory-unreadable", e.toString())));
        }
        return List.of();
    }

    private Stored syncFolder(Path folder, List<LoadProblem> found) {
        var slug = folder.getFileName().toString();
        var display = directory + "/" + slug;
        if (!SLUG.matcher(slug).matches() || slug.length() > MAX_SLUG_LENGTH) {
            found.add(LoadProblem.error(display, 1, Message.of("lesson.problem.folder-name", slug)));
            return null;
        }
        Map<String, String> files;
        try {
            files = LessonFolders.read(folder);
        } catch (IOException e) {
            found.add(LoadProblem.error(display, 1, Message.of("lesson.problem.files-unreadable", e.toString())));
            return null;
        }
        var parsed = LessonParser.parse(display, files);
        found.addAll(parsed.problems());
        if (!parsed.isValid()) {
            return null;
        }
        if (StoredSource.encode(files).length() > LessonVersion.MAX_SOURCE_LENGTH) {
            found.add(LoadProblem.error(
                    display, 1, Message.of("lesson.problem.too-long", LessonVersion.MAX_SOURCE_LENGTH)));
            return null;
        }
        try {
            var stored = transactions.execute(status -> store(slug, files, parsed.content()));
            cache.put(stored.lessonId(), stored.number(), parsed.content());
            return stored;
        } catch (RuntimeException e) {
            log.warn("Lesson '{}' could not be saved", slug, e);
            found.add(LoadProblem.error(
                    display, 1, Message.of("lesson.problem.not-saved", String.valueOf(e.getMessage()))));
            return null;
        }
    }

    private Stored store(String slug, Map<String, String> files, LessonContent content) {
        var hash = ContentHash.of(files);
        var existing = lessons.findBySlug(slug);
        return switch (VersionDecision.decide(
                existing.map(Lesson::getContentHash).orElse(null), hash)) {
            case NEW_LESSON -> {
                var lesson = lessons.save(new Lesson(slug, content.title(), hash));
                yield addVersion(lesson.getId(), 1, content, hash, files);
            }
            case NEW_VERSION -> {
                var lesson = existing.orElseThrow();
                yield addVersion(lesson.getId(), lesson.advanceTo(content.title(), hash), content, hash, files);
            }
            case UNCHANGED ->
                new Stored(existing.orElseThrow().getId(), existing.get().getCurrentNumber(), false);
        };
    }

    private Stored addVersion(
            long lessonId, int number, LessonContent content, String hash, Map<String, String> files) {
        versions.save(new LessonVersion(
                lessonId, number, content.title(), hash, StoredSource.encode(files), clock.instant()));
        log.info("Lesson '{}' is now at version {}", content.slug(), number);
        return new Stored(lessonId, number, true);
    }
}
