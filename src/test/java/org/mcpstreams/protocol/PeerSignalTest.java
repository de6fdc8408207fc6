package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a node tells the others about the protocol's state travels as JSON text and reads back the same. */
class PeerSignalTest {

    @Test
    void everyKindReadsBackFromItsTextWhateverItsFieldsHold() {
        List<PeerSignal> signals = List.of(
                new PeerSignal.Cancelled("session-1", Json.createValue(7)),
                new PeerSignal.Cancelled("session-1", Json.createValue("call\n\"7\"")),
                new PeerSignal.Subscribed("session-1", "file:///a\nb"),
                new PeerSignal.Unsubscribed("session-1", "file:///a"),
                new PeerSignal.ResourceUpdated("file:///ä"),
                new PeerSignal.ListenersNotified("notifications/tools/list_changed", null),
                new PeerSignal.ListenersNotified("notifications/tools/list_changed",
                        Json.createObjectBuilder().add("_meta", Json.createObjectBuilder().add("k", 1)).build()));
        for (PeerSignal signal : signals) {
            assertEquals(signal, PeerSignal.parse(signal.toText()));
        }
    }

    @Test
    void theTextOfACancellationNamesItsKindSessionAndRequest() {
        assertEquals("{\"kind\":\"cancelled\",\"session\":\"s\",\"requestId\":3}",
                new PeerSignal.Cancelled("s", Json.createValue(3)).toText());
    }

    @Test
    void textThatIsNoSignalIsRefused() {
        assertEquals("A signal that is no JSON object",
                assertThrows(IllegalArgumentException.class, () -> PeerSignal.parse("[1")).getMessage());
        assertEquals("An unknown kind of signal",
                assertThrows(IllegalArgumentException.class, () -> PeerSignal.parse("{\"kind\":\"x\"}")).getMessage());
        assertEquals("A signal without its uri", assertThrows(IllegalArgumentException.class,
                () -> PeerSignal.parse("{\"kind\":\"subscribed\",\"session\":\"s\"}")).getMessage());
        assertEquals("A signal without its requestId", assertThrows(IllegalArgumentException.class,
                () -> PeerSignal.parse("{\"kind\":\"cancelled\",\"session\":\"s\"}")).getMessage());
    }
}
