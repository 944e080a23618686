/**
 * The sign-in screen.
 */
@NullMarked
package org.sourcework.security.ui;

import org.jspecify.annotations.NullMarked;
