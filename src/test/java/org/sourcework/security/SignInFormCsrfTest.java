package org.sourcework.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Another site cannot sign a browser in (login CSRF); the sign-in page's own form still can. */
@IntegrationTest
class SignInFormCsrfTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static MockHttpServletRequestBuilder amirasRightPassword() {
        return post("/login").param("username", "amira").param("password", "reading-1956");
    }

    @Test
    void a_post_from_another_site_without_the_pages_csrf_token_signs_nobody_in() throws Exception {
        mvc.perform(amirasRightPassword().header("Origin", "http://evil.example"))
                .andExpect(redirectedUrl("/login?expired"))
                .andExpect(unauthenticated());
    }

    @Test
    void a_post_the_browser_marks_as_cross_site_is_refused_even_with_a_csrf_token() throws Exception {
        mvc.perform(amirasRightPassword()
                        .with(csrf())
                        .header("Origin", "http://evil.example")
                        .header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void the_sign_in_pages_own_post_with_its_token_signs_in() throws Exception {
        mvc.perform(amirasRightPassword().with(csrf()).header("Sec-Fetch-Site", "same-origin"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("amira"));
    }
}
