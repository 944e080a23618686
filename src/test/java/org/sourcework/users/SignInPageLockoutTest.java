package org.sourcework.users;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.security.SignedInUser;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real sign-in form post through the security filter chain: the sixth try on a locked account says so. */
@IntegrationTest
class SignInPageLockoutTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdminService admin;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    RunAs runAs;

    private MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void unlockHannah() {
        var id = ((SignedInUser) accounts.loadUserByUsername("hannah")).id();
        runAs.user("admin", () -> admin.unlock(id));
    }

    private void signIn(String password, String expectedRedirect) throws Exception {
        mvc.perform(post("/login").param("username", "hannah").param("password", password).with(csrf()))
                .andExpect(redirectedUrl(expectedRedirect));
    }

    @Test
    void after_five_wrong_passwords_the_sign_in_page_says_the_account_is_locked() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("not her password", "/login?error");
        }

        signIn("not her password", "/login?locked");
    }
}
