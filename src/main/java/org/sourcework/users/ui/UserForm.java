package org.sourcework.users.ui;

import org.sourcework.security.AppRole;

/** The editable details of an account, bound to the user dialog's fields. */
class UserForm {

    private String username = "";
    private String displayName = "";
    private String email = "";
    private AppRole role = AppRole.STUDENT;

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    AppRole getRole() {
        return role;
    }

    void setRole(AppRole role) {
        this.role = role;
    }
}
