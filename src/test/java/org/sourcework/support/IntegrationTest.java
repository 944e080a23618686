package org.sourcework.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The whole application on an in-memory database with the demo school; one context for all such tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// before SpringExtension, so that @WithUserDetails and RunAs sign in on this context's holder
@ExtendWith(ThisContextsSecurity.class)
@SpringBootTest
@ActiveProfiles("test")
public @interface IntegrationTest {}
