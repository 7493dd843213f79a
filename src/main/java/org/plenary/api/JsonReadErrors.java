package org.plenary.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * The JSON body reader wraps a syntax error (malformed JSON, a repeated field, a number out of range) in a bare
 * "HTTP 400 Bad Request" that says neither where nor why. This passes the parser's own error on, so that
 * {@link ProblemMappers#unreadableJson} can name the field or the line and column.
 */
@Provider
public class JsonReadErrors implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException e) {
            if (e.getCause() instanceof JsonProcessingException parse) {
                throw parse;
            }
            throw e;
        }
    }
}
