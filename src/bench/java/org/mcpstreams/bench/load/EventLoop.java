package org.mcpstreams.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The load client's one I/O thread: a selector over every connection. Other threads hand it work
 * with {@link #execute}; everything else here runs on it. New connections go through a gate of
 * {@code maxOpening} at once (from connect to the stream's first bytes), so that a storm of
 * thousands does not overflow the server's accept backlog. It connects to one server, or to any of
 * the nodes of a cluster, by their index.
 */
final class EventLoop implements Runnable {

    private final Selector selector;
    private final List<InetSocketAddress> servers;
    private final int maxOpening;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Queue<Runnable> waitingToOpen = new ArrayDeque<>();
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(64 * 1024);
    private int opening;
    private volatile boolean running = true;

    EventLoop(InetSocketAddress server, int maxOpening) {
        this(List.of(server), maxOpening);
    }

    EventLoop(List<InetSocketAddress> servers, int maxOpening) {
        this.servers = List.copyOf(servers);
        this.maxOpening = maxOpening;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code task} on the loop's thread. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Runs {@code read} on the loop's thread and waits up to a minute for its result. */
    <T> T call(Supplier<T> read) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(() -> result.complete(read.get()));
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** On the loop: runs {@code open} when fewer than {@code maxOpening} connections are opening. */
    void whenGateOpen(Runnable open) {
        if (opening < maxOpening) {
            opening++;
            open.run();
        } else {
            waitingToOpen.add(open);
        }
    }

    /** On the loop: one opening connection is done (open or failed); lets the next through. */
    void opened() {
        Runnable next = waitingToOpen.poll();
        if (next == null) {
            opening--;
        } else {
            next.run();
        }
    }

    /** On the loop: starts a connection to the server (the first node). */
    Conn connect() {
        return connect(0);
    }

    /** On the loop: starts a connection to the {@code node}-th server, from 0. */
    Conn connect(int node) {
        try {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            boolean now = channel.connect(servers.get(node));
            Conn conn = new Conn(channel, channel.register(selector, SelectionKey.OP_CONNECT));
            if (now) {
                conn.onConnectable();
            }
            return conn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        running = false;
        selector.wakeup();
    }

    @Override
    public void run() {
        try {
            while (running) {
                selector.select();
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    task.run();
                }
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    dispatch(key);
                }
            }
            for (SelectionKey key : selector.keys()) {
                ((Conn) key.attachment()).abort();
            }
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dispatch(SelectionKey key) {
        Conn conn = (Conn) key.attachment();
        if (!key.isValid()) {
            return;
        }
        if (key.isConnectable()) {
            conn.onConnectable();
        } else {
            if (key.isWritable()) {
                conn.onWritable();
            }
            if (key.isValid() && key.isReadable()) {
                conn.onReadable(scratch);
            }
        }
    }
}
