package org.mcpstreams.bench.load.baseline;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;

/**
 * The load benchmark's baseline: what the machine, the JVM and the load client do without a
 * container. Plain NIO on 127.0.0.1, one selector thread that accepts, reads, answers and writes;
 * it speaks just the HTTP the load client and its trigger use ({@link Routes}). Everything runs on
 * that thread, so nothing is locked. Argument: the port.
 */
public final class BaselineServer {

    private final Selector selector;
    private final ServerSocketChannel server;
    private final Routes routes = new Routes();
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(64 * 1024);

    private BaselineServer(int port) throws IOException {
        selector = Selector.open();
        server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        // the client opens up to 256 connections at once
        server.bind(new InetSocketAddress("127.0.0.1", port), 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        BaselineServer baseline = new BaselineServer(port);
        System.out.println("baseline SSE server on 127.0.0.1:" + port);
        baseline.run();
    }

    private void run() throws IOException {
        while (true) {
            selector.select();
            Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
            while (ready.hasNext()) {
                SelectionKey key = ready.next();
                ready.remove();
                if (!key.isValid()) {
                    continue;
                }
                if (key.isAcceptable()) {
                    accept();
                    continue;
                }
                Connection connection = (Connection) key.attachment();
                if (key.isWritable()) {
                    connection.onWritable();
                }
                if (key.isValid() && key.isReadable()) {
                    connection.onReadable(scratch, routes::handle);
                }
            }
        }
    }

    private void accept() throws IOException {
        for (SocketChannel channel; (channel = server.accept()) != null; ) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            new Connection(channel, channel.register(selector, SelectionKey.OP_READ));
        }
    }
}
