package org.mcpstreams.jsonrpc;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Reads JSON-RPC messages from a request body. */
public final class JsonRpcParser {

    /** The longest method name, id or progress token (in characters of its JSON text) accepted. */
    public static final int MAX_NAME_CHARS = 256;

    private JsonRpcParser() {
    }

    /**
     * Reads a body holding one message or, where allowed, a batch (a non-empty array).
     *
     * @return the messages, in order
     * @throws McpException {@link ErrorCode#PARSE_ERROR} when the body is not JSON;
     *     {@link ErrorCode#INVALID_REQUEST} when it is JSON but not JSON-RPC
     */
    public static List<JsonRpcMessage> parse(String body) {
        return read(body).messages();
    }

    /**
     * Reads a body as {@link #parse} does, remembering whether it was a batch.
     *
     * @return the messages, and whether they came as a JSON array (of one element, too)
     * @throws McpException as {@link #parse} does
     */
    public static PostBody read(String body) {
        JsonValue json;
        // a parser, not a reader: a reader stops after the first value and ignores what follows it
        try (JsonParser parser = Jsonp.createParser(new StringReader(body))) {
            parser.next();
            json = parser.getValue();
            if (parser.hasNext()) {
                throw notJson();
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw notJson();
        }
        if (json instanceof JsonArray batch) {
            if (batch.isEmpty()) {
                throw new McpException(ErrorCode.INVALID_REQUEST, "Invalid Request: empty batch");
            }
            List<JsonRpcMessage> messages = new ArrayList<>(batch.size());
            batch.forEach(element -> messages.add(message(element)));
            return new PostBody(messages, true);
        }
        return new PostBody(List.of(message(json)), false);
    }

    /** Reads one message. */
    static JsonRpcMessage message(JsonValue json) {
        if (!(json instanceof JsonObject object) || !"2.0".equals(string(object, "jsonrpc"))) {
            throw invalid("not a JSON-RPC 2.0 message");
        }
        JsonValue id = object.get("id");
        boolean hasId = id != null && id.getValueType() != JsonValue.ValueType.NULL;
        if (hasId && id.getValueType() != JsonValue.ValueType.STRING && id.getValueType() != JsonValue.ValueType.NUMBER) {
            throw invalid("id must be a string or a number");
        }
        if (object.containsKey("method")) {
            if (id != null && !hasId) {
                // MCP: a request's id must not be null, and a notification has no id member at all
                throw invalid("id must be a string or a number");
            }
            String method = string(object, "method");
            if (method == null || method.isEmpty()) {
                throw invalid("method must be a non-empty string");
            }
            if (method.length() > MAX_NAME_CHARS) {
                throw invalid("the method is longer than " + MAX_NAME_CHARS + " characters");
            }
            if (hasId && id.toString().length() > MAX_NAME_CHARS) {
                throw invalid("the id is longer than " + MAX_NAME_CHARS + " characters");
            }
            JsonObject params = params(object);
            requireShortProgressToken(params);
            return hasId ? new Request(id, method, params) : new Notification(method, params);
        }
        if (hasId && object.containsKey("result")) {
            return new ResultResponse(id, object.get("result"));
        }
        if (object.get("error") instanceof JsonObject error && error.get("code") instanceof JsonNumber code) {
            String message = string(error, "message");
            return new ErrorResponse(hasId ? id : JsonValue.NULL, code.intValue(), message == null ? "" : message,
                    error.get("data"));
        }
        throw invalid("neither a request, a notification nor a response");
    }

    /** A progress token is repeated in every progress notification of its request: it stays short. */
    private static void requireShortProgressToken(JsonObject params) {
        if (params != null && params.get("_meta") instanceof JsonObject meta && meta.get("progressToken") != null
                && meta.get("progressToken").toString().length() > MAX_NAME_CHARS) {
            throw new McpException(ErrorCode.INVALID_PARAMS,
                    "Invalid params: _meta.progressToken is longer than " + MAX_NAME_CHARS + " characters");
        }
    }

    private static JsonObject params(JsonObject message) {
        JsonValue params = message.get("params");
        if (params == null || params.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (params instanceof JsonObject object) {
            return object;
        }
        throw invalid("params must be an object");
    }

    private static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static McpException notJson() {
        return new McpException(ErrorCode.PARSE_ERROR, "Parse error: the body is not valid JSON");
    }

    private static McpException invalid(String why) {
        return new McpException(ErrorCode.INVALID_REQUEST, "Invalid Request: " + why);
    }
}
