package org.sourcework.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public method of a service or feature API that deliberately has no method-security rule, with
 * the reason. ArchitectureTest accepts it in place of {@link StudentOnly}, {@link InstructorOnly},
 * {@link AdminOnly} or {@link SignedIn}; the reason is there for the reviewer who doubts it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
@Documented
public @interface OpenToAnyone {

    /** Why calling this without a rule is safe, e.g. "reads and changes no data". */
    String value();
}
