/**
 * Review: instructors' feedback on students' handed-in answers. The class overview, feedback with
 * rubric levels, score overrides and comments anchored to a sentence, the comment bank, release
 * from draft, revision requests, students reading their feedback, analytics and the CSV export.
 * <p>
 * This root package is the feature's API: its services and immutable records. Entities and
 * repositories live in {@code internal}; the screens in {@code ui}.
 */
@NullMarked
package org.sourcework.review;

import org.jspecify.annotations.NullMarked;
