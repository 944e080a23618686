/**
 * Accounts: creating them, password rules, changing a password, the administrator's users view
 * ({@link org.sourcework.users.UserAdminService}) and slowing down sign-in after repeated failures.
 * Views in ui/, persistence and sign-in listeners in internal/.
 */
@NullMarked
package org.sourcework.users;

import org.jspecify.annotations.NullMarked;
