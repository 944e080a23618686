/**
 * The student's reader: the lesson section by section with its questions, saving every answer as
 * it is written.
 */
@NullMarked
package org.sourcework.responses.ui;

import org.jspecify.annotations.NullMarked;
