package org.sourcework.users;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.security.AppRole;

/** The checks on account details shared by creating and editing; each failure names its field. */
final class UserRules {

    static final int DISPLAY_NAME_MAX = 120;
    static final int EMAIL_MAX = 254;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserRules() {}

    static void checkUsername(String normalised, String given) {
        if (!USERNAME.matcher(normalised).matches()) {
            throw new UserRejectedException("username", Message.of("user.rejected.username", given));
        }
    }

    static void checkDetails(@Nullable String displayName, @Nullable String email, @Nullable AppRole role) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > DISPLAY_NAME_MAX) {
            throw new UserRejectedException("displayName", Message.of("user.rejected.display-name"));
        }
        if (email == null
                || email.strip().length() > EMAIL_MAX
                || !EMAIL.matcher(email.strip()).matches()) {
            throw new UserRejectedException("email", Message.of("user.rejected.email", email));
        }
        if (role == null) {
            throw new UserRejectedException("role", Message.of("user.rejected.role"));
        }
    }
}
