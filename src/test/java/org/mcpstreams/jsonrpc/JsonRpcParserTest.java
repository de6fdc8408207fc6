package org.mcpstreams.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Well-formed bodies become the messages they hold, with ids, params and results as sent. */
class JsonRpcParserTest {

    @Test
    void requestWithAStringIdKeepsIdMethodAndParams() {
        assertEquals(List.of(new Request(Json.createValue("a1"), "tools/list", object("cursor", "c2"))),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":\"a1\",\"method\":\"tools/list\","
                        + "\"params\":{\"cursor\":\"c2\"}}"));
    }

    @Test
    void requestWithANumberIdKeepsTheNumber() {
        assertEquals(List.of(new Request(Json.createValue(7), "ping", null)),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}"));
    }

    @Test
    void requestWithNullParamsHasNone() {
        assertEquals(List.of(new Request(Json.createValue(7), "ping", null)),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\",\"params\":null}"));
    }

    @Test
    void messageWithAMethodAndNoIdIsANotification() {
        assertEquals(List.of(new Notification("notifications/initialized", null)),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
    }

    @Test
    void notificationKeepsItsParams() {
        assertEquals(List.of(new Notification("notifications/cancelled", object("requestId", "a1"))),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                        + "\"params\":{\"requestId\":\"a1\"}}"));
    }

    @Test
    void messageWithAnIdAndAResultIsAResponse() {
        assertEquals(List.of(new ResultResponse(Json.createValue("s1"), object("roots", "none"))),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"result\":{\"roots\":\"none\"}}"));
    }

    @Test
    void errorResponseKeepsCodeMessageAndData() {
        assertEquals(List.of(new ErrorResponse(Json.createValue("s1"), -32602, "Bad params", object("field", "x"))),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"Bad params\",\"data\":{\"field\":\"x\"}}}"));
    }

    @Test
    void errorResponseWithoutDataHasNullData() {
        assertEquals(List.of(new ErrorResponse(Json.createValue(3), -32601, "Method not found", null)),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32601,"
                        + "\"message\":\"Method not found\"}}"));
    }

    @Test
    void errorResponseWithoutAnIdHasTheNullId() {
        assertEquals(List.of(new ErrorResponse(JsonValue.NULL, -32700, "Parse error", null)),
                JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,"
                        + "\"message\":\"Parse error\"}}"));
    }

    @Test
    void aMethodOrIdLongerThanTheLimitIsAnInvalidRequest() {
        String longName = "m".repeat(JsonRpcParser.MAX_NAME_CHARS + 1);
        McpException method = assertThrows(McpException.class,
                () -> JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + longName + "\"}"));
        assertEquals("Invalid Request: the method is longer than 256 characters", method.getMessage());
        McpException id = assertThrows(McpException.class,
                () -> JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":\"" + longName + "\",\"method\":\"ping\"}"));
        assertEquals("Invalid Request: the id is longer than 256 characters", id.getMessage());
    }

    @Test
    void aProgressTokenLongerThanTheLimitIsInvalidParams() {
        McpException token = assertThrows(McpException.class, () -> JsonRpcParser.parse("{\"jsonrpc\":\"2.0\",\"id\":1,"
                + "\"method\":\"tools/call\",\"params\":{\"_meta\":{\"progressToken\":\""
                + "p".repeat(300) + "\"}}}"));
        assertEquals(ErrorCode.INVALID_PARAMS, token.code());
    }

    @Test
    void anArrayOfOneMessageIsStillABatch() {
        PostBody body = JsonRpcParser.read("[{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}]");
        assertEquals(List.of(new Request(Json.createValue(7), "ping", null)), body.messages());
        assertTrue(body.batch());
    }

    @Test
    void aSingleMessageIsNoBatch() {
        assertFalse(JsonRpcParser.read("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}").batch());
    }

    @Test
    void batchGivesItsMessagesInOrder() {
        assertEquals(List.of(
                        new Request(Json.createValue(1), "ping", null),
                        new Notification("notifications/initialized", null),
                        new ResultResponse(Json.createValue("s1"), JsonValue.EMPTY_JSON_OBJECT)),
                JsonRpcParser.parse("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},"
                        + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"result\":{}}]"));
    }

    @Test
    void whitespaceAroundTheMessageIsAllowed() {
        assertEquals(List.of(new Request(Json.createValue(1), "ping", null)),
                JsonRpcParser.parse(" \n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\r\n "));
    }

    private static JsonObject object(String key, String value) {
        return Json.createObjectBuilder().add(key, value).build();
    }
}
