/**
 * The demo school for development and trials. Never active under the prod profile.
 */
@NullMarked
package org.sourcework.demo;

import org.jspecify.annotations.NullMarked;
