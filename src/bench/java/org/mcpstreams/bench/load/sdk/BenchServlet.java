package org.mcpstreams.bench.load.sdk;

import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.mcpstreams.bench.server.StampedData;

/**
 * {@code POST /bench/broadcast} and {@code GET /bench/stats} as the bench WAR has them, on the SDK:
 * a broadcast is the SDK's own {@link McpStreamableServerTransportProvider#notifyClients}, once per
 * notification, each a {@code notifications/message} with the same stamped data ({@link StampedData}).
 */
final class BenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient McpStreamableServerTransportProvider transport;
    private final transient OpenStreams streams;
    private final AtomicLong broadcasts = new AtomicLong();

    BenchServlet(McpStreamableServerTransportProvider transport, OpenStreams streams) {
        this.transport = transport;
        this.streams = streams;
    }

    /**
     * Broadcasts {@code count} notifications of {@code round}, numbered from {@code from}, each
     * stamped just before its broadcast starts; answers the number of GET streams open.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/broadcast".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int round = param(request, "round");
        int from = param(request, "from");
        int bytes = param(request, "bytes");
        for (int n = from; n < from + param(request, "count"); n++) {
            transport.notifyClients("notifications/message",
                    new LoggingMessageNotification(LoggingLevel.INFO, "bench", StampedData.of(round, n, bytes))).block();
            broadcasts.incrementAndGet();
        }
        text(response, String.valueOf(streams.open()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/stats".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        text(response, "streams=" + streams.open() + ", streamsOpened=" + streams.opened() + ", broadcasts=" + broadcasts);
    }

    private static int param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static void text(HttpServletResponse response, String body) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(body);
    }
}
