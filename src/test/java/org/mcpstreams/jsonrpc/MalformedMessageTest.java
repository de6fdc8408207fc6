package org.mcpstreams.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A body that is not JSON is a parse error (-32700); JSON that is not JSON-RPC is an invalid request (-32600). */
class MalformedMessageTest {

    private static final String NOT_JSON = "Parse error: the body is not valid JSON";
    private static final String NOT_JSON_RPC = "Invalid Request: not a JSON-RPC 2.0 message";
    private static final String BAD_ID = "Invalid Request: id must be a string or a number";
    private static final String BAD_METHOD = "Invalid Request: method must be a non-empty string";
    private static final String BAD_PARAMS = "Invalid Request: params must be an object";

    @Test
    void textThatIsNotJsonIsAParseError() {
        assertFails(-32700, NOT_JSON, "hello");
    }

    @Test
    void emptyBodyIsAParseError() {
        assertFails(-32700, NOT_JSON, "");
    }

    @Test
    void blankBodyIsAParseError() {
        assertFails(-32700, NOT_JSON, " \n ");
    }

    @Test
    void truncatedObjectIsAParseError() {
        assertFails(-32700, NOT_JSON, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"pi");
    }

    @Test
    void truncatedBatchIsAParseError() {
        assertFails(-32700, NOT_JSON, "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},");
    }

    @Test
    void textAfterTheMessageIsAParseError() {
        assertFails(-32700, NOT_JSON, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} trailing");
    }

    @Test
    void secondMessageAfterTheFirstIsAParseError() {
        assertFails(-32700, NOT_JSON, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");
    }

    @Test
    void numberIsNotAMessage() {
        assertFails(-32600, NOT_JSON_RPC, "42");
    }

    @Test
    void stringIsNotAMessage() {
        assertFails(-32600, NOT_JSON_RPC, "\"ping\"");
    }

    @Test
    void objectWithoutJsonrpcIsInvalid() {
        assertFails(-32600, NOT_JSON_RPC, "{\"id\":1,\"method\":\"ping\"}");
    }

    @Test
    void objectOfAnotherJsonrpcVersionIsInvalid() {
        assertFails(-32600, NOT_JSON_RPC, "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}");
    }

    @Test
    void jsonrpcVersionAsANumberIsInvalid() {
        assertFails(-32600, NOT_JSON_RPC, "{\"jsonrpc\":2.0,\"id\":1,\"method\":\"ping\"}");
    }

    @Test
    void objectIdIsInvalid() {
        assertFails(-32600, BAD_ID, "{\"jsonrpc\":\"2.0\",\"id\":{\"n\":1},\"method\":\"ping\"}");
    }

    @Test
    void arrayIdIsInvalid() {
        assertFails(-32600, BAD_ID, "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"ping\"}");
    }

    @Test
    void booleanIdIsInvalid() {
        assertFails(-32600, BAD_ID, "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"ping\"}");
    }

    @Test
    void requestWithANullIdIsInvalidNotANotification() {
        assertFails(-32600, BAD_ID, "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}");
    }

    @Test
    void emptyMethodIsInvalid() {
        assertFails(-32600, BAD_METHOD, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\"}");
    }

    @Test
    void methodThatIsNotAStringIsInvalid() {
        assertFails(-32600, BAD_METHOD, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}");
    }

    @Test
    void arrayParamsAreInvalid() {
        assertFails(-32600, BAD_PARAMS, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":[1,2]}");
    }

    @Test
    void stringParamsAreInvalid() {
        assertFails(-32600, BAD_PARAMS, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/x\",\"params\":\"p\"}");
    }

    @Test
    void emptyBatchIsInvalid() {
        assertFails(-32600, "Invalid Request: empty batch", "[]");
    }

    @Test
    void objectWithNeitherMethodNorResultNorErrorIsInvalid() {
        assertFails(-32600, "Invalid Request: neither a request, a notification nor a response",
                "{\"jsonrpc\":\"2.0\",\"id\":1}");
    }

    @Test
    void resultWithoutAnIdIsInvalid() {
        assertFails(-32600, "Invalid Request: neither a request, a notification nor a response",
                "{\"jsonrpc\":\"2.0\",\"result\":{}}");
    }

    @Test
    void errorWithoutACodeIsInvalid() {
        assertFails(-32600, "Invalid Request: neither a request, a notification nor a response",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"message\":\"no code\"}}");
    }

    @Test
    void batchElementThatIsNotAnObjectIsInvalid() {
        assertFails(-32600, NOT_JSON_RPC, "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},3]");
    }

    private static void assertFails(int code, String message, String body) {
        McpException e = assertThrows(McpException.class, () -> JsonRpcParser.parse(body));
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(message, e.getMessage());
    }
}
