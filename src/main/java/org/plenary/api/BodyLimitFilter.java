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
