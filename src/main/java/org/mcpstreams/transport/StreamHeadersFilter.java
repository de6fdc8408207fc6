package org.mcpstreams.transport;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/** Keeps caches and buffering proxies from holding back SSE responses. */
@Provider
public class StreamHeadersFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE)) {
            response.getHeaders().putSingle("Cache-Control", "no-cache, no-transform");
            response.getHeaders().putSingle("X-Accel-Buffering", "no");
        }
    }
}
