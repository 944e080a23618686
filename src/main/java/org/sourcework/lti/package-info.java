/**
 * LTI 1.3 (1EdTech Core with the Security Framework): the tool's own signing keys and their public JWKS,
 * the platforms (Canvas, Moodle, ...) that administrators register, the launch that signs a
 * platform's user in, and grade return (Assignment and Grade Services): released scores sent to the
 * platform's gradebook, with retries and a status per student. See
 * docs/decisions/0016-lti-and-school-sign-in.md, 0018-lti-grade-return.md and docs/lti.md.
 */
@NullMarked
package org.sourcework.lti;

import org.jspecify.annotations.NullMarked;
