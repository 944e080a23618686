package org.sourcework.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountStateTest {

    private static final SignedInUser SESSION =
            new SignedInUser(7, "hughes", "Dana Hughes", AppRole.INSTRUCTOR, true, false, false, "", 3);

    @Test
    void the_same_role_enabled_flag_and_stamp_is_no_change() {
        assertThat(new AccountState(AppRole.INSTRUCTOR, true, 3).changeSince(SESSION))
                .isEmpty();
    }

    @Test
    void a_disabled_account_is_reported_as_disabled_whatever_else_changed() {
        assertThat(new AccountState(AppRole.INSTRUCTOR, false, 3).changeSince(SESSION))
                .contains(AccountChange.DISABLED);
        assertThat(new AccountState(AppRole.STUDENT, false, 4).changeSince(SESSION))
                .contains(AccountChange.DISABLED);
    }

    @Test
    void another_role_or_another_stamp_is_a_change() {
        assertThat(new AccountState(AppRole.STUDENT, true, 3).changeSince(SESSION))
                .contains(AccountChange.CHANGED);
        assertThat(new AccountState(AppRole.INSTRUCTOR, true, 4).changeSince(SESSION))
                .contains(AccountChange.CHANGED);
    }
}
