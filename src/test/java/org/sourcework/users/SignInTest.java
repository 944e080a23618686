package org.sourcework.users;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.SettableClock;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The application with a clock the test moves and an account lookup a test can make fail, for the
 * sign-in form posted through the real security filter chain. One context for all tests so annotated.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(SettableClock.Config.class)
@MockitoSpyBean(types = UserDetailsService.class)
@interface SignInTest {}
