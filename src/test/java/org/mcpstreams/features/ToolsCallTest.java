package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.ToolDefinition;
import org.mcpstreams.api.ToolResult;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.testsupport.JsonText;

/** tools/call: protocol errors for a bad request, results the model sees for a failing tool. */
class ToolsCallTest {

    private final FeatureCatalogs catalogs = new FeatureCatalogs(null, Runnable::run, null);
    private final ToolsCall handler = new ToolsCall(catalogs, null);
    private final CallContext call = new FakeCall("s1");
    private final List<JsonObject> given = new ArrayList<>();

    @Test
    void unknownToolIsInvalidParams() {
        McpException error = assertThrows(McpException.class, () -> handle("{\"name\":\"x\"}"));
        assertEquals(-32602, error.code());
        assertEquals("Unknown tool: x", error.getMessage());
    }

    @Test
    void requestWithoutANameIsInvalidParams() {
        McpException error = assertThrows(McpException.class, () -> handle("{\"name\":1}"));
        assertEquals(-32602, error.code());
        assertEquals("Invalid params: name must be a string", error.getMessage());
    }

    @Test
    void argumentsThatAreNotAnObjectAreInvalidParams() {
        add("echo", () -> ToolResult.text("never"));
        McpException error = assertThrows(McpException.class, () -> handle("{\"name\":\"echo\",\"arguments\":[1]}"));
        assertEquals(-32602, error.code());
        assertEquals("Invalid params: arguments must be an object", error.getMessage());
    }

    @Test
    void toolIsGivenTheArgumentsAndItsResultIsTheAnswer() {
        add("echo", () -> ToolResult.text("done"));
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "done"}]}
                """, handle("{\"name\":\"echo\",\"arguments\":{\"a\":1}}"));
        assertJsonEquals("""
                [{"a": 1}]
                """, given.toString());
    }

    @Test
    void toolCalledWithoutArgumentsIsGivenAnEmptyObject() {
        add("echo", () -> ToolResult.text("done"));
        handle("{\"name\":\"echo\",\"arguments\":null}");
        assertJsonEquals("""
                [{}]
                """, given.toString());
    }

    @Test
    void exceptionOfTheToolIsAnErrorResultWithItsMessage() {
        add("jam", () -> {
            throw new IllegalStateException("out of paper");
        });
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "out of paper"}], "isError": true}
                """, handle("{\"name\":\"jam\"}"));
    }

    @Test
    void exceptionWithoutAMessageIsNamedByItsClass() {
        add("jam", () -> {
            throw new UnsupportedOperationException();
        });
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "%s"}], "isError": true}
                """.formatted(UnsupportedOperationException.class.getName()), handle("{\"name\":\"jam\"}"));
    }

    @Test
    void mcpExceptionOfTheToolIsAJsonRpcError() {
        McpException thrown = new McpException(-32001, "gone");
        add("gone", () -> {
            throw thrown;
        });
        CompletionException failed = assertThrows(CompletionException.class, () -> handle("{\"name\":\"gone\"}"));
        assertSame(thrown, Async.cause(failed));
    }

    @Test
    void headersOfACallAreThoseItsToolMirrorsFromTheGivenArguments() {
        catalogs.tools().add("route", new ToolEntry(ToolDefinition.of("route", null, JsonText.object("{\"type\":"
                + "\"object\",\"properties\":{\"region\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"}}}")),
                (arguments, context) -> null));
        assertEquals("{Mcp-Param-Region=\"eu\"}", handler.mirroredHeaders(
                JsonText.object("{\"name\":\"route\",\"arguments\":{\"region\":\"eu\"}}")).toString());
        assertEquals("{}", handler.mirroredHeaders(JsonText.object("{\"name\":\"route\"}")).toString());
        assertEquals("{}", handler.mirroredHeaders(JsonText.object("{\"name\":\"unknown\",\"arguments\":{}}"))
                .toString());
    }

    private void add(String name, Callable<ToolResult> tool) {
        catalogs.tools().add(name, new ToolEntry(ToolDefinition.of(name, null, JsonText.object("{\"type\":\"object\"}")),
                (arguments, context) -> {
                    given.add(arguments);
                    return Async.run(Runnable::run, tool).thenApply(ToolResult.class::cast);
                }));
    }

    private String handle(String params) {
        return handler.handle(JsonText.object(params), call).toCompletableFuture().join().toString();
    }
}
