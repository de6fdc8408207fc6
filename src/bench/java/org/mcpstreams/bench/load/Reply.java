package org.mcpstreams.bench.load;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Consumer;

/** An {@link Exchange} for a short request: keeps the status and headers, skips the body. */
final class Reply implements Exchange {

    private final Consumer<Reply> then;
    private final Consumer<String> failed;
    int status;
    Map<String, String> headers = Map.of();

    Reply(Consumer<Reply> then, Consumer<String> failed) {
        this.then = then;
        this.failed = failed;
    }

    @Override
    public void headers(int status, Map<String, String> headers) {
        this.status = status;
        this.headers = headers;
    }

    @Override
    public void body(ByteBuffer bytes, int length) {
        bytes.position(bytes.position() + length);
    }

    @Override
    public void complete() {
        then.accept(this);
    }

    @Override
    public void failed(String reason) {
        failed.accept(reason);
    }
}
