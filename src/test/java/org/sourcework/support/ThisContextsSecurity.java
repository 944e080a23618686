package org.sourcework.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Points the static {@link SecurityContextHolder} (which {@code RunAs} writes to) at the security
 * strategy of the test's own application context, and puts the previous one back after the class.
 * <p>
 * Why: every application context installs its own Vaadin-aware strategy, each with its own
 * thread-local, as the global one. Once a second context has started (a test with its own lessons
 * folder or clock), {@code RunAs} would sign in on that context's strategy while the cached first
 * context's {@code CurrentUser} reads its own, and see nobody.
 */
public class ThisContextsSecurity implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ThisContextsSecurity.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("previous", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                SpringExtension.getApplicationContext(context).getBean(SecurityContextHolderStrategy.class));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var previous = context.getStore(NAMESPACE).get("previous", SecurityContextHolderStrategy.class);
        if (previous != null) {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }
}
