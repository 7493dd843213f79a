package org.plenary.api;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses oversize bodies before they are read, with a problem+json 413 naming the limit. */
public class BodyLimitFilter {

    private final long maxBodyBytes;

    public BodyLimitFilter(@ConfigProperty(name = "plenary.max-body-bytes", defaultValue = "2000000") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * PostgreSQL cannot store or compare text holding U+0000, and no slug, id, query or user name may contain it:
     * refuse it at the door rather than let a database error become a 500.
     */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseNul(ContainerRequestContext request) {
        String address = request.getUriInfo().getPath() + "?" + request.getUriInfo().getQueryParameters();
        if (address.indexOf('\u0000') >= 0) {
            return Optional.of(Problems.badField("path", "path", "must not contain NUL characters").toResponse());
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                byte[] decoded = java.util.Base64.getDecoder().decode(authorization.substring(6).trim());
                for (byte b : decoded) {
                    if (b == 0) {
                        return Optional.of(Problems.status(Response.Status.UNAUTHORIZED,
                                "the user name or password is wrong").toResponse());
                    }
                }
            } catch (IllegalArgumentException notBase64) {
                // Left to the authentication mechanism, which refuses it.
            }
        }
        return Optional.empty();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limitBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.of(Problems.badField("Content-Length", "header", "not a number").toResponse());
        }
        if (bytes > maxBodyBytes) {
            return Optional.of(Problems.status(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "the body has " + bytes + " bytes; the limit is " + maxBodyBytes).toResponse());
        }
        return Optional.empty();
    }
}
