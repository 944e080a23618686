package org.sourcework.lessons;

/**
 * What a reload of the lessons folder found.
 *
 * @param loaded      lesson folders read without errors
 * @param newVersions lessons that got a new version (a new lesson counts as its first version)
 * @param problems    errors and warnings, listed by {@link LessonCatalogService#problems()}
 */
public record ReloadSummary(int loaded, int newVersions, int problems) {}
