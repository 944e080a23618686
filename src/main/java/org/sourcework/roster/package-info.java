/**
 * Classes, enrolments and lesson assignments, and ClassAccess: who may see what inside a class.
 * Administrators manage classes through ClassAdminService and ClassRosterService and import
 * rosters from CSV through RosterImportService (docs/decisions/0005-roster-import.md).
 */
@NullMarked
package org.sourcework.roster;

import org.jspecify.annotations.NullMarked;
