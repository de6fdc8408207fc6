package org.mcpstreams.bench.load.sdk;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the GET streams the SDK's servlet holds: a GET on {@code /mcp} it answered 200 and left
 * open (asynchronous) counts until its asynchronous context completes. The counters are atomic:
 * the container's threads update them, the bench servlet reads them.
 */
final class OpenStreams extends HttpFilter implements AsyncListener {

    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong opened = new AtomicLong();

    int open() {
        return open.get();
    }

    long opened() {
        return opened.get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if ("GET".equals(request.getMethod()) && request.isAsyncStarted() && response.getStatus() == 200) {
            open.incrementAndGet();
            opened.incrementAndGet();
            request.getAsyncContext().addListener(this);
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        open.decrementAndGet();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        // completed next, counted then
    }

    @Override
    public void onError(AsyncEvent event) {
        // completed next, counted then
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
