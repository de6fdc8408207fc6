package org.mcpstreams.bench.load;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One non-blocking HTTP/1.1 connection, used only on the event loop's thread: sends one request
 * at a time (keep-alive), and reads its response through an {@link HttpReader}.
 */
final class Conn {

    private final SocketChannel channel;
    private final SelectionKey key;
    private final HttpReader reader = new HttpReader();
    private ByteBuffer pending;
    private boolean connected;
    private boolean closed;

    Conn(SocketChannel channel, SelectionKey key) {
        this.channel = channel;
        this.key = key;
        key.attach(this);
    }

    /** Sends {@code request} (now, or once connected) and routes its response to {@code to}. */
    void send(String request, Exchange to) {
        reader.expect(to);
        pending = ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1));
        if (connected) {
            flush();
        }
    }

    void onConnectable() {
        try {
            channel.finishConnect();
            connected = true;
            key.interestOps(SelectionKey.OP_READ);
            flush();
        } catch (IOException e) {
            fail("connect: " + e.getMessage());
        }
    }

    void onWritable() {
        flush();
    }

    void onReadable(ByteBuffer scratch) {
        try {
            scratch.clear();
            int read = channel.read(scratch);
            if (read < 0) {
                fail("closed by the server");
                return;
            }
            scratch.flip();
            reader.feed(scratch);
        } catch (IOException e) {
            fail("read: " + e.getMessage());
        }
    }

    /** Cuts the connection at once, as a network failure would (a reset, no lingering state). */
    void abort() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
        } catch (IOException ignored) {
            // closing anyway
        }
        key.cancel();
        try {
            channel.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private void flush() {
        if (pending == null) {
            return;
        }
        try {
            channel.write(pending);
            key.interestOps(pending.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        } catch (IOException e) {
            fail("write: " + e.getMessage());
        }
    }

    private void fail(String reason) {
        Exchange current = reader.exchange();
        abort();
        if (current != null) {
            current.failed(reason);
        }
    }
}
