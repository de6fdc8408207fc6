package org.mcpstreams.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** What the tests' JSON comparison counts as the same JSON, and what it does not. */
class JsonTextTest {

    @Test
    void membersInAnotherOrderAndOtherWhiteSpaceAreTheSameJson() {
        assertJsonEquals("""
                {"b": [1, 2], "a": {"y": null, "x": "s"}}
                """, "{\"a\":{\"x\":\"s\",\"y\":null},\"b\":[1,2]}");
    }

    @Test
    void anotherValueFailsShowingBothWithMembersSorted() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> assertJsonEquals("{\"b\":1,\"a\":2}", "{\"a\":2,\"b\":3}"));
        assertEquals("{\"a\":2,\"b\":1}", failed.getExpected().getStringRepresentation());
        assertEquals("{\"a\":2,\"b\":3}", failed.getActual().getStringRepresentation());
    }

    @Test
    void arrayElementsInAnotherOrderAreOtherJson() {
        assertThrows(AssertionFailedError.class, () -> assertJsonEquals("[1,2]", "[2,1]"));
    }

    @Test
    void aMissingOrExtraMemberIsOtherJson() {
        assertThrows(AssertionFailedError.class, () -> assertJsonEquals("{\"a\":1}", "{\"a\":1,\"b\":null}"));
    }

    @Test
    void textThatIsNotJsonFailsNamingIt() {
        AssertionError failed = assertThrows(AssertionError.class, () -> assertJsonEquals("{}", "data: {}"));
        assertEquals("not JSON: data: {}", failed.getMessage());
    }
}
