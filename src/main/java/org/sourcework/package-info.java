/**
 * The application: start-up, the app shell and its stylesheets. Each feature is a sub-package;
 * docs/decisions/0011-package-map.md draws the map.
 */
@NullMarked
package org.sourcework;

import org.jspecify.annotations.NullMarked;
