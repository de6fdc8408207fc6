package org.mcpstreams.it.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * Container security for the tests: a request naming its user in {@code X-Test-User} is
 * authenticated as that user by the container; any other is anonymous.
 */
@ApplicationScoped
public class HeaderAuthentication implements HttpAuthenticationMechanism {

    static final String HEADER = "X-Test-User";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String user = request.getHeader(HEADER);
        return user == null ? context.doNothing() : context.notifyContainerAboutLogin(user, Set.of("user"));
    }
}
