/**
 * Accounts: creating them, password rules, changing a password. Views in ui/, persistence in internal/.
 */
@NullMarked
package org.sourcework.users;

import org.jspecify.annotations.NullMarked;
