/**
 * The instructor's review screens: the class overview, grading by question and by student, the
 * feedback form with rubric, score and comment bank. The pieces that show a handed-in answer are
 * shared with the student's feedback screen.
 */
@NullMarked
package org.sourcework.review.ui;

import org.jspecify.annotations.NullMarked;
