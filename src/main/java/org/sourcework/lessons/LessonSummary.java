package org.sourcework.lessons;

import java.time.Instant;

/**
 * A lesson as the administrator's list shows it.
 *
 * @param currentVersion the number of the version in use
 * @param versionCount   how many versions are kept
 * @param loadedAt       when the current version was first loaded
 */
public record LessonSummary(
        long id, String slug, String title, int currentVersion, long versionCount, Instant loadedAt) {}
