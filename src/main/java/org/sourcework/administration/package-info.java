/**
 * The administrator's views for classes, rosters and the roster import. They sit above every
 * feature, next to home, because choosing a lesson for a class needs both the roster and the
 * lessons; nothing depends on this package.
 */
@NullMarked
package org.sourcework.administration;

import org.jspecify.annotations.NullMarked;
