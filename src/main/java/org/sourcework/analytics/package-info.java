/**
 * Analytics: what an instructor learns about a class from its work on an assignment. Statistics per
 * question (choices, sentences, placements, rubric levels), the report by historical-thinking skill,
 * and the CSV export of answers, scores and feedback.
 * <p>
 * This root package is the feature's API: its services and immutable records. The reporting
 * queries it reads live in {@code internal}; the screens in {@code ui}.
 */
@NullMarked
package org.sourcework.analytics;

import org.jspecify.annotations.NullMarked;
