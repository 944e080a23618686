/**
 * Lessons: the model of a lesson (headnote, document, questions, rubrics), the loader that reads
 * and checks the folders under {@code lessons/}, and the versions kept of each lesson so that
 * work done on an earlier version is always shown with the text it answered.
 * <p>
 * This root package is the feature's API: {@link org.sourcework.lessons.LessonCatalogService}
 * and immutable records. Parsing and persistence live in {@code internal}; the reader and the
 * administrator's page in {@code ui}.
 */
@NullMarked
package org.sourcework.lessons;

import org.jspecify.annotations.NullMarked;
