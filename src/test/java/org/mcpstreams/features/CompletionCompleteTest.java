package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Completion;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.testsupport.JsonText;

/** completion/complete: the completer of a prompt's or template's argument, or no values. */
class CompletionCompleteTest {

    private final FeatureCatalogs catalogs = new FeatureCatalogs(null, Runnable::run, null);
    private final CompletionComplete handler = new CompletionComplete(catalogs);

    CompletionCompleteTest() {
        completer("ref/prompt", "review", "language");
        completer("ref/resource", "users://{id}", "id");
    }

    @Test
    void argumentWithoutACompleterHasNoValues() {
        assertJsonEquals("""
                {"completion": {"values": [], "total": 0, "hasMore": false}}
                """,
                complete("{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"review\"},"
                        + "\"argument\":{\"name\":\"style\",\"value\":\"\"}}"));
    }

    @Test
    void promptArgumentsCompleterIsGivenTheValueAndTheOtherArguments() {
        assertJsonEquals("""
                {"completion": {"values": ["ref/prompt review language: ja {code=x}"], "total": 1, "hasMore": false}}
                """, complete("{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"review\"},"
                        + "\"argument\":{\"name\":\"language\",\"value\":\"ja\"},\"context\":{\"arguments\":{\"code\":\"x\"}}}"));
    }

    @Test
    void templateVariablesCompleterIsFoundByTheUriTemplate() {
        assertJsonEquals("""
                {"completion": {"values": ["ref/resource users://{id} id:  {}"], "total": 1, "hasMore": false}}
                """, complete("{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"users://{id}\"},"
                        + "\"argument\":{\"name\":\"id\"}}"));
    }

    @Test
    void unknownRefTypeIsInvalidParams() {
        McpException error = assertThrows(McpException.class,
                () -> complete("{\"ref\":{\"type\":\"ref/tool\",\"name\":\"x\"},\"argument\":{\"name\":\"a\"}}"));
        assertEquals(-32602, error.code());
        assertEquals("Invalid params: unknown ref type ref/tool", error.getMessage());
    }

    @Test
    void requestWithoutArgumentIsInvalidParams() {
        McpException error = assertThrows(McpException.class,
                () -> complete("{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"review\"}}"));
        assertEquals(-32602, error.code());
        assertEquals("Invalid params: argument must be an object", error.getMessage());
    }

    private void completer(String type, String ref, String argument) {
        CompleterKey key = new CompleterKey(type, ref, argument);
        catalogs.completers().put(key, new CompleterEntry(key, (value, context, call) -> CompletableFuture.completedFuture(
                Completion.of(List.of(type + " " + ref + " " + argument + ": " + value + " " + context)))));
    }

    private String complete(String params) {
        return handler.handle(JsonText.object(params), new FakeCall("s1")).toCompletableFuture().join().toString();
    }
}
