/**
 * Each role's home screen.
 */
@NullMarked
package org.sourcework.home.ui;

import org.jspecify.annotations.NullMarked;
