/**
 * LTI 1.3 (1EdTech Core with the Security Framework): the tool's own signing keys and their public JWKS,
 * the platforms (Canvas, Moodle, ...) that administrators register, the launch that signs a
 * platform's user in, and refreshing a class's roster from its course (Names and Role Provisioning
 * Services, decision 0019). See docs/decisions/0016-lti-and-school-sign-in.md and docs/lti.md.
 */
@NullMarked
package org.sourcework.lti;

import org.jspecify.annotations.NullMarked;
