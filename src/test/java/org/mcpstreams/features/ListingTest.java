package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.testsupport.JsonText;

/** One page of a list answer: the items under their key, and nextCursor while more follow. */
class ListingTest {

    private final Catalog<String> catalog = new Catalog<>("tool");

    ListingTest() {
        for (String name : new String[] {"a", "b", "c"}) {
            catalog.add(name, name);
        }
    }

    @Test
    void pageBeforeTheLastCarriesTheNextCursor() {
        assertJsonEquals("""
                {"tools": [{"name": "a"}, {"name": "b"}], "nextCursor": "Yg"}
                """, page("{}"));
    }

    @Test
    void nextCursorLeadsToTheLastPageWhichHasNone() {
        JsonObject first = JsonText.object(page("{}"));
        assertJsonEquals("""
                {"tools": [{"name": "c"}]}
                """, page("{\"cursor\":\"" + first.getString("nextCursor") + "\"}"));
    }

    @Test
    void nullCursorIsTheFirstPage() {
        assertEquals(page("{}"), page("{\"cursor\":null}"));
    }

    @Test
    void cursorThatIsNotAStringIsInvalidParams() {
        McpException error = assertThrows(McpException.class, () -> page("{\"cursor\":2}"));
        assertEquals(-32602, error.code());
        assertEquals("Invalid params: cursor must be a string", error.getMessage());
    }

    private String page(String params) {
        return new Listing<>("tools/list", "tools", catalog, 2,
                (String name) -> Json.createObjectBuilder().add("name", name).build())
                .handle(JsonText.object(params), null).toCompletableFuture().join().toString();
    }
}
