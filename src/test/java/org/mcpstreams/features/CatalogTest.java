package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.McpException;

/** Entries ordered by key, listed a page at a time behind a cursor. */
class CatalogTest {

    private final Catalog<String> catalog = new Catalog<>("tool");

    @Test
    void pagesFollowTheCursorUntilTheLastHasNone() {
        add("a", "b", "c", "d", "e");
        Catalog.Page<String> first = catalog.page(null, 2);
        Catalog.Page<String> second = catalog.page(first.nextCursor(), 2);
        Catalog.Page<String> last = catalog.page(second.nextCursor(), 2);
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")),
                List.of(first.items(), second.items(), last.items()));
        assertNull(last.nextCursor());
    }

    @Test
    void fullLastPageHasNoCursor() {
        add("a", "b");
        assertEquals(new Catalog.Page<>(List.of("a", "b"), null), catalog.page(null, 2));
    }

    @Test
    void entryAddedBeforeTheCursorBetweenRequestsLeavesTheNextPageAsItWas() {
        add("a", "b", "c", "d", "e");
        String cursor = catalog.page(null, 2).nextCursor();
        catalog.add("a2", "a2");
        assertEquals(List.of("c", "d"), catalog.page(cursor, 2).items());
    }

    @Test
    void entryAddedAfterTheCursorIsOnALaterPage() {
        add("a", "b", "c", "d", "e");
        String cursor = catalog.page(null, 2).nextCursor();
        catalog.add("b2", "b2");
        assertEquals(List.of("b2", "c"), catalog.page(cursor, 2).items());
    }

    @Test
    void removingTheLastListedEntryBetweenRequestsLeavesTheNextPageAsItWas() {
        add("a", "b", "c", "d", "e");
        String cursor = catalog.page(null, 2).nextCursor();
        catalog.remove("b", "b");
        assertEquals(List.of("c", "d"), catalog.page(cursor, 2).items());
    }

    @Test
    void cursorThisServerCannotHaveGivenIsInvalidParams() {
        McpException invalid = assertThrows(McpException.class, () -> catalog.page("not a cursor!", 2));
        assertEquals(-32602, invalid.code());
        assertEquals("Invalid params: unknown cursor not a cursor!", invalid.getMessage());
    }

    @Test
    void secondEntryOfAKeyIsRefused() {
        add("x");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> catalog.add("x", "other"));
        assertEquals("There is already a tool x", refused.getMessage());
        assertEquals("x", catalog.get("x"));
    }

    @Test
    void removeLeavesAnotherEntryUnderTheSameKey() {
        Catalog<Object> tools = new Catalog<>("tool");
        Object added = new Object();
        tools.add("x", added);
        assertFalse(tools.remove("x", new Object()));
        assertSame(added, tools.get("x"));
    }

    @Test
    void removeTakesOutTheSameEntry() {
        add("x");
        assertTrue(catalog.remove("x", "x"));
        assertNull(catalog.get("x"));
    }

    @Test
    void allIsInKeyOrder() {
        add("c", "a", "b");
        assertEquals(List.of("a", "b", "c"), List.copyOf(catalog.all()));
    }

    private void add(String... keys) {
        for (String key : keys) {
            catalog.add(key, key);
        }
    }
}
