package org.sourcework.analytics;

/**
 * The gradebook's order.
 *
 * @param key       {@link #NAME}, or the {@link GradebookPart#key()} whose points order the students
 * @param ascending A to Z, or lowest points first
 */
public record GradebookSort(String key, boolean ascending) {

    public static final String NAME = "name";

    public static final GradebookSort BY_NAME = new GradebookSort(NAME, true);
}
