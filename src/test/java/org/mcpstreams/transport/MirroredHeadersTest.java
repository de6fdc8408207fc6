package org.mcpstreams.transport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.jsonrpc.ErrorCode;

/**
 * Header values mirroring the body: the Base64 form decoded strictly, characters a header may not
 * hold refused, and {@code Mcp-Param-*} headers compared with the arguments they mirror.
 */
class MirroredHeadersTest {

    private static final JsonValue ID = Json.createValue(7);

    @Test
    void plainValueIsTakenAsItIsWithoutSurroundingWhitespace() {
        assertEquals(Optional.of("us-west1"), HeaderValues.decode("  us-west1\t"));
    }

    @Test
    void base64FormIsDecodedAsUtf8() {
        assertEquals(Optional.of("Hello, 世界"), HeaderValues.decode("=?base64?SGVsbG8sIOS4lueVjA==?="));
        assertEquals(Optional.of(" padded "), HeaderValues.decode("=?base64?IHBhZGRlZCA=?="));
    }

    @Test
    void base64WithoutPaddingOrWithCharactersOutsideTheAlphabetIsRefused() {
        assertEquals(Optional.empty(), HeaderValues.decode("=?base64?SGVsbG8?="));
        assertEquals(Optional.empty(), HeaderValues.decode("=?base64?SGVs!!!bG8=?="));
        assertEquals(Optional.empty(), HeaderValues.decode("=?base64?SGVsbG8=-_?="));
    }

    @Test
    void valueOnlyStartingOrOnlyEndingLikeBase64IsLiteral() {
        assertEquals(Optional.of("=?base64?SGVsbG8="), HeaderValues.decode("=?base64?SGVsbG8="));
        assertEquals(Optional.of("SGVsbG8=?="), HeaderValues.decode("SGVsbG8=?="));
    }

    @Test
    void controlOrNonAsciiCharactersAreRefused() {
        assertEquals(Optional.empty(), HeaderValues.decode("a\u0001b"));
        assertEquals(Optional.empty(), HeaderValues.decode("caf\u00e9"));
        assertEquals(Optional.of("a\tb c"), HeaderValues.decode("a\tb c"));
    }

    @Test
    void matchingHeadersPass() {
        Map<String, JsonValue> expected = Map.of("Mcp-Param-Region", Json.createValue("Hello"),
                "Mcp-Param-Shard", Json.createValue(42), "Mcp-Param-Dry", JsonValue.TRUE);
        Map<String, String> headers = Map.of("Mcp-Param-Region", "=?base64?SGVsbG8=?=", "Mcp-Param-Shard", "42.0",
                "Mcp-Param-Dry", "true");
        assertDoesNotThrow(() -> MirroredHeaders.check(ID, expected, headers::get));
    }

    @Test
    void missingHeaderIsAMismatchAnsweringTheRequest() {
        TransportException refused = assertThrows(TransportException.class, () -> MirroredHeaders.check(ID,
                Map.of("Mcp-Param-Region", Json.createValue("eu")), name -> null));
        assertEquals(400, refused.status().getStatusCode());
        assertEquals(ErrorCode.HEADER_MISMATCH, refused.code());
        assertEquals("Header mismatch: Mcp-Param-Region is missing, yet the arguments give its value",
                refused.getMessage());
    }

    @Test
    void differingValuesAreMismatches() {
        for (var wrong : Map.of(Json.createValue("eu"), "us", Json.createValue(42), "forty-two",
                JsonValue.FALSE, "False", Json.createValue(1), "2").entrySet()) {
            TransportException refused = assertThrows(TransportException.class, () -> MirroredHeaders.check(ID,
                    Map.of("Mcp-Param-X", wrong.getKey()), name -> wrong.getValue()), wrong.toString());
            assertEquals(ErrorCode.HEADER_MISMATCH, refused.code());
        }
    }

    @Test
    void headerOfAnArgumentTheCallLeavesOutIsAMismatchAndItsAbsenceIsFine() {
        TransportException refused = assertThrows(TransportException.class, () -> MirroredHeaders.check(ID,
                Map.of("Mcp-Param-Tenant", JsonValue.NULL), name -> "acme"));
        assertEquals("Header mismatch: Mcp-Param-Tenant is given, yet the arguments give no value for it",
                refused.getMessage());
        assertDoesNotThrow(() -> MirroredHeaders.check(ID, Map.of("Mcp-Param-Tenant", JsonValue.NULL), name -> null));
    }

    @Test
    void headerOfAnArgumentTheCallLeavesOutIsRefusedForBadCharactersFirst() {
        TransportException refused = assertThrows(TransportException.class, () -> MirroredHeaders.check(ID,
                Map.of("Mcp-Param-Tenant", JsonValue.NULL), name -> "caf\u00e9"));
        assertTrue(refused.getMessage().contains("holds characters a header value may not"), refused.getMessage());
    }

    @Test
    void mismatchNamesTheHeaderButNotTheValues() {
        TransportException refused = assertThrows(TransportException.class, () -> MirroredHeaders.check(ID,
                Map.of("Mcp-Param-Tenant", Json.createValue("acme")), name -> "evil"));
        assertEquals("Header mismatch: Mcp-Param-Tenant does not match the argument it mirrors", refused.getMessage());
    }

    @Test
    void malformedBase64IsAMismatchSayingSo() {
        TransportException refused = assertThrows(TransportException.class, () -> MirroredHeaders.check(ID,
                Map.of("Mcp-Param-Region", Json.createValue("Hello")), name -> "=?base64?SGVsbG8?="));
        assertTrue(refused.getMessage().contains("not padded"), refused.getMessage());
    }
}
