/**
 * The administrator's screens for classes and roster import.
 */
@NullMarked
package org.sourcework.administration.ui;

import org.jspecify.annotations.NullMarked;
