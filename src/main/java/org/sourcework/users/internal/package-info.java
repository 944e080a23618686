/**
 * How accounts are stored: the entities and repositories of the users feature. Only the users
 * feature uses this package.
 */
@NullMarked
package org.sourcework.users.internal;

import org.jspecify.annotations.NullMarked;
