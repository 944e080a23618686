package org.sourcework.users;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sign-in form as the page posts it (with its CSRF token), from a given network address. */
final class SignInForm {

    static final String PASSWORD = "reading-1956";

    private final MockMvc mvc;

    SignInForm(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** Where the server sends the browser after this try. */
    String attempt(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
