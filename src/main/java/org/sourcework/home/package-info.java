/**
 * Each role's home view. Sits above every feature, because an administrator's overview counts them all.
 */
@NullMarked
package org.sourcework.home;

import org.jspecify.annotations.NullMarked;
