/**
 * The base entity every feature's entities extend: sequence id, optimistic version, equality by id.
 */
@NullMarked
package org.sourcework.base.domain;

import org.jspecify.annotations.NullMarked;
