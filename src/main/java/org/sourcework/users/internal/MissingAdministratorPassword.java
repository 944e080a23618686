package org.sourcework.users.internal;

/** Production start-up without a first administrator and without a password to create one. */
class MissingAdministratorPassword extends RuntimeException {

    MissingAdministratorPassword(String message) {
        super(message);
    }
}
