package org.mcpstreams.features;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.protocol.BuiltInHandler;

/**
 * A list method ({@code tools/list}, ...): one page of a catalog's definitions under their key,
 * and {@code nextCursor} unless it is the last page.
 */
final class Listing<T> implements BuiltInHandler {

    private final String method;
    private final String key;
    private final Catalog<T> catalog;
    private final int pageSize;
    private final Function<T, JsonObject> toJson;

    Listing(String method, String key, Catalog<T> catalog, int pageSize, Function<T, JsonObject> toJson) {
        this.method = method;
        this.key = key;
        this.catalog = catalog;
        this.pageSize = pageSize;
        this.toJson = toJson;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public boolean answersAtOnce() {
        return true;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext call) {
        Catalog.Page<T> page = catalog.page(cursor(params), pageSize);
        JsonArrayBuilder items = Jsonp.createArrayBuilder();
        page.items().forEach(item -> items.add(toJson.apply(item)));
        JsonObjectBuilder result = Jsonp.createObjectBuilder().add(key, items);
        if (page.nextCursor() != null) {
            result.add("nextCursor", page.nextCursor());
        }
        return CompletableFuture.completedFuture(result.build());
    }

    private static String cursor(JsonObject params) {
        JsonValue cursor = params.get("cursor");
        if (JsonConversion.absent(cursor)) {
            return null;
        }
        if (cursor instanceof JsonString text) {
            return text.getString();
        }
        throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: cursor must be a string");
    }
}
