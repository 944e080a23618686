/**
 * Classes, enrolments and lesson assignments, and ClassAccess: who may see what inside a class.
 * Administrators manage classes through ClassAdminService and ClassRosterService and import
 * rosters from CSV through RosterImportService (docs/decisions/0005-roster-import.md); instructors
 * change a lesson given to their class through ClassLessonService. These audited services are the
 * only writers; RosterQueries only reads (docs/decisions/0011-package-map.md).
 */
@NullMarked
package org.sourcework.roster;

import org.jspecify.annotations.NullMarked;
