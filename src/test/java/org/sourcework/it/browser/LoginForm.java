package org.sourcework.it.browser;

import org.openqa.selenium.By;

/** The parts of vaadin-login-form that live in shadow DOM. */
final class LoginForm {

    private LoginForm() {}

    /** The title of the visible error message; fails when no error is shown. */
    static String errorTitle(AppPage page) {
        var wrapper = page.driver()
                .findElement(By.cssSelector("vaadin-login-form"))
                .getShadowRoot()
                .findElement(By.cssSelector("vaadin-login-form-wrapper"));
        var error = wrapper.getShadowRoot().findElement(By.cssSelector("[part='error-message']"));
        page.waitFor().until(driver -> error.isDisplayed());
        return error.findElement(By.cssSelector("[part='error-message-title']")).getText();
    }
}
