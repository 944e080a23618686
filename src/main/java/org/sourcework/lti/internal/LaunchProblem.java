package org.sourcework.lti.internal;

/** Why a login initiation or launch was refused; each has its page text (lti.problem.*) and audit name. */
public enum LaunchProblem {
    UNKNOWN_PLATFORM,
    UNKNOWN_STATE,
    EXPIRED_LOGIN,
    BAD_SIGNATURE,
    WRONG_ISSUER,
    WRONG_AUDIENCE,
    EXPIRED_TOKEN,
    UNKNOWN_DEPLOYMENT,
    NONCE_REUSED,
    WRONG_NONCE,
    NOT_A_LAUNCH,
    UNSUPPORTED_ROLE,
    ACCOUNT_DISABLED,
    SERVER_FAULT,
    DEEP_LINKING_LEARNER,
    DEEP_LINKING_TYPES,
    WRONG_CLASS_LINK,
    DEEP_LINKING_ANSWER_GONE;

    String key() {
        return "lti.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
