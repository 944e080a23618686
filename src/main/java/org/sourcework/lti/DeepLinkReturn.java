package org.sourcework.lti;

/** The signed deep-linking response and where the browser posts it (the platform's return address). */
public record DeepLinkReturn(String returnUrl, String jwt) {}
