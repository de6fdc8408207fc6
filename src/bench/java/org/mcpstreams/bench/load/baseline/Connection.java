package org.mcpstreams.bench.load.baseline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * One accepted connection, used only on the selector's thread: assembles requests from what
 * arrives (keep-alive, one after the other) and writes without blocking, keeping what the socket
 * did not take until it is writable again. An idle connection holds no buffers.
 */
final class Connection {

    /** Above this many unwritten bytes the client is not reading: the connection is closed. */
    private static final int MAX_PENDING = 16 * 1024 * 1024;

    private final SocketChannel channel;
    private final SelectionKey key;
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>(2);
    private byte[] partial;
    private int partialLength;
    private int pendingBytes;
    private EventStream stream;
    private boolean closed;

    Connection(SocketChannel channel, SelectionKey key) {
        this.channel = channel;
        this.key = key;
        key.attach(this);
    }

    /** Reads what arrived into {@code scratch} and hands each complete request to {@code handler}. */
    void onReadable(ByteBuffer scratch, BiConsumer<Connection, Request> handler) {
        int read;
        try {
            scratch.clear();
            read = channel.read(scratch);
        } catch (IOException e) {
            close();
            return;
        }
        if (read < 0) {
            close();
            return;
        }
        scratch.flip();
        append(scratch);
        Request.Parsed parsed;
        while (!closed && partial != null && (parsed = Request.parse(partial, partialLength)) != null) {
            consume(parsed.consumed());
            handler.accept(this, parsed.request());
        }
    }

    /** Sends a complete response with {@code Content-Length}. */
    void respond(int status, String reason, String contentType, String extraHeaders, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        write(("HTTP/1.1 " + status + " " + reason + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + extraHeaders
                + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        write(bytes);
    }

    /** Writes {@code bytes} now, or after what is still pending. */
    void write(byte[] bytes) {
        if (closed) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            if (pending.isEmpty()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            close();
            return;
        }
        if (buffer.hasRemaining()) {
            pending.add(buffer);
            pendingBytes += buffer.remaining();
            if (pendingBytes > MAX_PENDING) {
                close();
                return;
            }
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    void onWritable() {
        try {
            while (!pending.isEmpty()) {
                ByteBuffer head = pending.peek();
                int before = head.remaining();
                channel.write(head);
                pendingBytes -= before - head.remaining();
                if (head.hasRemaining()) {
                    return;
                }
                pending.poll();
            }
            key.interestOps(SelectionKey.OP_READ);
        } catch (IOException e) {
            close();
        }
    }

    /** The event stream this connection carries, if it is a GET stream. */
    void carry(EventStream carried) {
        stream = carried;
    }

    /** Closes the connection and detaches it from its stream, which keeps its events for a resume. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        key.cancel();
        try {
            channel.close();
        } catch (IOException ignored) {
            // closed anyway
        }
        if (stream != null) {
            stream.detach(this);
        }
    }

    private void append(ByteBuffer bytes) {
        int count = bytes.remaining();
        if (partial == null) {
            partial = new byte[Math.max(1024, count)];
        } else if (partialLength + count > partial.length) {
            partial = Arrays.copyOf(partial, Math.max(partial.length * 2, partialLength + count));
        }
        bytes.get(partial, partialLength, count);
        partialLength += count;
    }

    private void consume(int count) {
        partialLength -= count;
        if (partialLength == 0) {
            partial = null;
        } else {
            System.arraycopy(partial, count, partial, 0, partialLength);
        }
    }
}
