/**
 * Classes, enrolments and lesson assignments, and ClassAccess: who may see what inside a class.
 */
@NullMarked
package org.sourcework.roster;

import org.jspecify.annotations.NullMarked;
