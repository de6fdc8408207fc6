package org.mcpstreams.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What nodes tell each other travels as text and reads back the same. */
class ForwardTest {

    @Test
    void everyKindReadsBackFromItsTextAMessageWithLineBreaksIncluded() {
        List<Forward> forwards = List.of(new Forward.Deliver("session-1", "{\"a\":\n\"b\"}"),
                new Forward.Broadcast("line 1\nline 2"), new Forward.StreamOpened("session-1", "member-2"),
                new Forward.StreamClosed("session-1"),
                new Forward.Answer("session-1", "{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"result\":{}}"),
                new Forward.Signal("{\"kind\":\"resource-updated\",\"uri\":\"a\\nb\"}"));
        for (Forward forward : forwards) {
            assertEquals(forward, Forward.parse(forward.toText()));
        }
    }

    @Test
    void theTextOfADeliveryIsItsKindItsSessionAndItsMessage() {
        assertEquals("Dsession-1\n{}", new Forward.Deliver("session-1", "{}").toText());
    }

    @Test
    void aSessionIdWithALineBreakIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Forward.Deliver("session\n1", "{}"));
        assertEquals("sessionId holds a line break", refused.getMessage());
    }

    @Test
    void textOfNoKnownKindIsRefused() {
        assertEquals("An unknown kind of forward: X",
                assertThrows(IllegalArgumentException.class, () -> Forward.parse("Xsession-1\n{}")).getMessage());
        assertEquals("An empty forward", assertThrows(IllegalArgumentException.class, () -> Forward.parse("")).getMessage());
        assertEquals("A forward without its second field",
                assertThrows(IllegalArgumentException.class, () -> Forward.parse("Dsession-1")).getMessage());
    }
}
