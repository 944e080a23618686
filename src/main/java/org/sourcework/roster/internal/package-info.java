/**
 * How classes, enrolments and assignments are stored, and the roster import's parsing and planning.
 * Only the roster feature uses this package.
 */
@NullMarked
package org.sourcework.roster.internal;

import org.jspecify.annotations.NullMarked;
