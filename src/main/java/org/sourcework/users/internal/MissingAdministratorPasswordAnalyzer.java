package org.sourcework.users.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into a short explanation instead of a stack trace. */
class MissingAdministratorPasswordAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorPassword> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorPassword cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set SOURCEWORK_ADMIN_PASSWORD, for example: export SOURCEWORK_ADMIN_PASSWORD='a long passphrase', "
                        + "then start Sourcework again. The administrator signs in as 'admin' "
                        + "(or SOURCEWORK_ADMIN_USERNAME) and can change the password afterwards.",
                cause);
    }
}
