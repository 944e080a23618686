package org.sourcework.lti.internal;

/**
 * A call from Sourcework to a platform's service (its token endpoint, grade or roster service) that did
 * not succeed. The kind says what a person can be told; the message is for the log and the audit.
 */
public class PlatformCallFailed extends RuntimeException {

    /** What went wrong, in the terms an instructor can act on. */
    public enum Kind {
        /** No answer: the platform is down, slow or cannot be reached from here. */
        UNREACHABLE,
        /** The platform's token endpoint would not give Sourcework an access token. */
        NO_TOKEN,
        /** The platform answered the call itself with an error. */
        REFUSED
    }

    private final Kind kind;

    public PlatformCallFailed(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
