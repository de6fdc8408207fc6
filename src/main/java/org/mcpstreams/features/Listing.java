package org.mcpstreams.features;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/** One page of a list answer ({@code tools/list}, ...): the items under their key, and {@code nextCursor}. */
final class Listing {

    private Listing() {
    }

    static <T> CompletionStage<JsonObject> page(Catalog<T> catalog, JsonObject params, int size, String key,
            Function<T, JsonObject> toJson) {
        Catalog.Page<T> page = catalog.page(cursor(params), size);
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(item -> items.add(toJson.apply(item)));
        JsonObjectBuilder result = Json.createObjectBuilder().add(key, items);
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

    /** A required string member of the params. */
    static String requiredString(JsonObject params, String name) {
        if (params.get(name) instanceof JsonString text) {
            return text.getString();
        }
        throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: " + name + " must be a string");
    }
}
