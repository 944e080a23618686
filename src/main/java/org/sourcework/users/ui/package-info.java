/**
 * The administrator's user screens and each person's own account screens.
 */
@NullMarked
package org.sourcework.users.ui;

import org.jspecify.annotations.NullMarked;
