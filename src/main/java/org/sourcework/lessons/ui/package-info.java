/**
 * The screens of the lessons feature: the administrator's lesson list and the pieces that show a
 * source (headnote, section text) to readers.
 */
@NullMarked
package org.sourcework.lessons.ui;

import org.jspecify.annotations.NullMarked;
