/**
 * How a handed-in answer is drawn: its parts, a word-by-word comparison of two versions, and the
 * marks for inserted and deleted words. The responses feature owns answers, so it publishes these
 * for the instructor's review and the student's feedback page, which show answers the same way.
 */
@NullMarked
package org.sourcework.responses.ui.answers;

import org.jspecify.annotations.NullMarked;
