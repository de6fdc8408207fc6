package org.mcpstreams.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Each message serializes to the exact JSON-RPC 2.0 text clients read. */
class WireFormatTest {

    @Test
    void requestWithParams() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"}}",
                new Request(Json.createValue(1), "tools/call", Json.createObjectBuilder().add("name", "echo").build())
                        .toJson());
    }

    @Test
    void requestWithoutParamsHasNoParamsMember() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"method\":\"roots/list\"}",
                new Request(Json.createValue("s1"), "roots/list", null).toJson());
    }

    @Test
    void response() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":\"a1\",\"result\":{\"ok\":true}}",
                new ResultResponse(Json.createValue("a1"), Json.createObjectBuilder().add("ok", true).build()).toJson());
    }

    @Test
    void errorResponseWithData() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32602,\"message\":\"Unknown tool\","
                        + "\"data\":{\"tool\":\"x\"}}}",
                new ErrorResponse(Json.createValue(2), -32602, "Unknown tool",
                        Json.createObjectBuilder().add("tool", "x").build()).toJson());
    }

    @Test
    void errorResponseWithoutDataHasNoDataMember() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32603,\"message\":\"Internal error\"}}",
                new ErrorResponse(Json.createValue(2), -32603, "Internal error", null).toJson());
    }

    @Test
    void errorResponseToAnUnreadableRequestHasANullId() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\"}}",
                new ErrorResponse(JsonValue.NULL, -32700, "Parse error", null).toJson());
    }

    @Test
    void errorResponseOfAnExceptionTakesItsCodeMessageAndData() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32001,\"message\":\"Session not found\","
                        + "\"data\":\"gone\"}}",
                ErrorResponse.of(Json.createValue(4), new McpException(-32001, "Session not found",
                        Json.createValue("gone"))).toJson());
    }

    @Test
    void notificationWithParams() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"info\"}}",
                new Notification("notifications/message", Json.createObjectBuilder().add("level", "info").build())
                        .toJson());
    }

    @Test
    void notificationWithoutParamsHasNoParamsMember() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}",
                new Notification("notifications/tools/list_changed", null).toJson());
    }

    @Test
    void errorBodyHasANullIdAndTheError() {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32000,\"message\":\"Bad Request: no session\"}}",
                ErrorBody.of(-32000, "Bad Request: no session").toString());
    }
}
