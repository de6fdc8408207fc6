package org.mcpstreams.bench.load.sdk;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The load benchmark's second baseline: the official MCP Java SDK's Streamable HTTP server, its
 * servlet transport ({@link HttpServletStreamableServerTransportProvider}, defaults kept) under a
 * {@link McpServer} built as its users build one, on embedded Jetty on 127.0.0.1. Beside it on the
 * same Jetty, {@link BenchServlet} answers what the load client's trigger and probes call on the
 * bench WAR, and {@link OpenStreams} counts the GET streams the SDK holds. Argument: the port.
 */
public final class SdkServer {

    /** As many as the bench WAR's Payara Micro gets in the load run ({@code --maxhttpthreads 16}). */
    private static final int HTTP_THREADS = 16;

    private SdkServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint("/mcp").build();
        // building the server gives the transport its session factory: initialize and the rest
        McpServer.async(transport).serverInfo("sdk-baseline", "1")
                .capabilities(ServerCapabilities.builder().logging().build()).build();
        OpenStreams streams = new OpenStreams();
        Server jetty = new Server(new QueuedThreadPool(HTTP_THREADS, HTTP_THREADS));
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        // the client opens up to 256 connections at once
        connector.setAcceptQueueSize(4096);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder mcp = new ServletHolder(transport);
        mcp.setAsyncSupported(true);
        context.addServlet(mcp, "/mcp");
        FilterHolder counter = new FilterHolder(streams);
        counter.setAsyncSupported(true);
        context.addFilter(counter, "/mcp", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new BenchServlet(transport, streams)), "/bench/*");
        jetty.setHandler(context);
        jetty.start();
        System.out.println("MCP Java SDK server on 127.0.0.1:" + port + " (Jetty " + Server.getVersion() + ")");
        jetty.join();
    }
}
