/**
 * Sign-in, roles and the current user. Imports nothing from the features above it.
 */
@NullMarked
package org.sourcework.security;

import org.jspecify.annotations.NullMarked;
