package org.mcpstreams.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.Request;
import org.mcpstreams.session.Session;

/** A session's calls running or waiting stay within its share; the refusals are counted. */
class CallSharesTest {

    private final CallShares shares = new CallShares(() -> 2, () -> 10);
    private final Sessions sessions = new Sessions();

    @Test
    void aSessionTakesNoMoreCallsThanItsShare() {
        assertTrue(shares.take("a"));
        assertTrue(shares.take("a"));
        assertFalse(shares.take("a"));
        assertEquals(2, shares.taken("a"));
    }

    @Test
    void anotherSessionHasItsOwnShare() {
        shares.take("a");
        shares.take("a");
        assertTrue(shares.take("b"));
    }

    @Test
    void aCallReleasedMakesRoomAndASessionWithoutCallsKeepsNoEntry() {
        shares.take("a");
        shares.take("a");
        shares.release("a");
        assertTrue(shares.take("a"));
        shares.release("a");
        shares.release("a");
        assertEquals(0, shares.taken("a"));
        shares.release("a");
        assertEquals(0, shares.taken("a"));
    }

    @Test
    void aRefusalPastTheShareIsMinus32000AndCounted() {
        Session session = sessions.start();
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 4, "error": {"code": -32000,
                 "message": "Too many calls: this session has 2 running or waiting; retry when one has ended"}}
                """, shares.pastShare(session, new Request(Json.createValue(4), "tools/call", null)).toJson());
        assertEquals(1, shares.refused());
    }

    @Test
    void aRefusalWithTheQueueFullIsMinus32000AndCounted() {
        Session session = sessions.start();
        assertJsonEquals("""
                {"jsonrpc": "2.0", "id": 4, "error": {"code": -32000,
                 "message": "Server busy: too many calls wait for a thread; retry later"}}
                """, shares.busy(session, new Request(Json.createValue(4), "tools/call", null)).toJson());
        assertEquals(1, shares.refused());
    }
}
