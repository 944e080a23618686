/**
 * Shared foundations: the entity base class, the clock, the one CSV writer for every download, and the
 * application frame (layout, error pages).
 */
@NullMarked
package org.sourcework.base;

import org.jspecify.annotations.NullMarked;
