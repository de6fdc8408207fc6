package org.mcpstreams.transport;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@code Mcp-Param-*} headers of a stateless {@code tools/call}: each argument the tool
 * mirrors ({@code x-mcp-header}) and the call gives must come with its header, holding the same
 * string, the same integer (compared as a number) or the same {@code true}/{@code false}; one the
 * call leaves out (or null) must come without. Messages name headers, never their values, which
 * may be anything the tool takes.
 */
final class MirroredHeaders {

    private MirroredHeaders() {
    }

    /**
     * @param expected header name → the body value it mirrors, {@code JsonValue.NULL} for none
     * @param headers the request's header of a name, null when it has none
     * @throws TransportException 400 with -32020 when a header is missing, malformed or differs
     */
    static void check(JsonValue id, Map<String, JsonValue> expected, UnaryOperator<String> headers) {
        for (Map.Entry<String, JsonValue> header : expected.entrySet()) {
            String name = header.getKey();
            String raw = headers.apply(name);
            boolean given = header.getValue().getValueType() != JsonValue.ValueType.NULL;
            if (raw == null) {
                if (given) {
                    throw StatelessRules.mismatch(id, name + " is missing, yet the arguments give its value");
                }
                continue;
            }
            Optional<String> value = HeaderValues.decode(raw);
            if (value.isEmpty()) {
                throw StatelessRules.mismatch(id, name + " holds characters a header value may not, or Base64 that"
                        + " is not padded or not of the Base64 alphabet");
            }
            if (!given) {
                throw StatelessRules.mismatch(id, name + " is given, yet the arguments give no value for it");
            }
            if (!matches(value.get(), header.getValue())) {
                throw StatelessRules.mismatch(id, name + " does not match the argument it mirrors");
            }
        }
    }

    private static boolean matches(String header, JsonValue body) {
        if (body instanceof JsonString text) {
            return text.getString().equals(header);
        }
        if (body instanceof JsonNumber number) {
            try {
                return new BigDecimal(header).compareTo(number.bigDecimalValue()) == 0;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return body.toString().equals(header);
    }
}
