/**
 * Accounts: creating them, password rules, changing a password, the administrator's users view
 * ({@link org.sourcework.users.UserAdminService}), slowing down sign-in after repeated failures, and
 * matching a school sign-in (OpenID Connect) to its account.
 * Views in ui/, persistence and sign-in listeners in internal/.
 */
@NullMarked
package org.sourcework.users;

import org.jspecify.annotations.NullMarked;
