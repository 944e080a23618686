package org.sourcework.users;

/** Input about an account that breaks a rule; the message is written for the person who typed it. */
public class UserRejectedException extends RuntimeException {

    public UserRejectedException(String message) {
        super(message);
    }
}
