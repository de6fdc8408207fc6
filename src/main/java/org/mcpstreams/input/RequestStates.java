package org.mcpstreams.input;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.config.InputRequiredSettings;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.Jsonp;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.logging.LogText;
import org.mcpstreams.logging.RateLimitedLog;
import org.mcpstreams.stream.McpStreams;

/**
 * The {@code requestState} of an {@code InputRequiredResult}: the questions a request has asked so
 * far (method, and the answer when the client gave one), bound to that request (its method and
 * parameters), to the user who made it and to an expiry, signed with HMAC-SHA256. The client
 * cannot read anything it did not send itself, but it cannot change anything either: a state that
 * fails any check is refused with -32602.
 */
@ApplicationScoped
public class RequestStates {

    private static final Logger LOG = Logger.getLogger(RequestStates.class.getName());
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LOG);
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    /** The name of the signing key the nodes of a cluster agree on when none is configured. */
    static final String KEY_NAME = "request-state";

    private final SecretKeySpec key;
    private final Clock clock;
    private final long ttlMillis;

    /** Request states of a single node. */
    public RequestStates(InputRequiredSettings settings, Clock clock) {
        this(settings, clock, SharedKeys.none());
    }

    /**
     * @param keys where the nodes of a cluster agree on a key when none is configured
     */
    @Inject
    public RequestStates(InputRequiredSettings settings, @McpStreams Clock clock, SharedKeys keys) {
        this.key = new SecretKeySpec(settings.stateKey().orElseGet(() -> agreedOrRandom(keys)), HMAC);
        this.clock = clock;
        this.ttlMillis = settings.stateTtl().toMillis();
    }

    /** For the CDI container's proxy only. */
    protected RequestStates() {
        this.key = null;
        this.clock = null;
        this.ttlMillis = 0;
    }

    /** The state to hand the client with an {@code InputRequiredResult} of {@code request}. */
    String seal(Origin request, Map<String, Asked> questions) {
        JsonObjectBuilder given = Jsonp.createObjectBuilder();
        questions.forEach((key, question) -> {
            JsonObjectBuilder entry = Jsonp.createObjectBuilder().add("m", question.method());
            if (question.answered()) {
                entry.add("r", question.answer());
            }
            given.add(key, entry);
        });
        JsonObjectBuilder payload = Jsonp.createObjectBuilder()
                .add("m", request.method())
                .add("d", request.digest())
                .add("x", clock.millis() + ttlMillis)
                .add("q", given);
        if (request.user() != null) {
            payload.add("u", request.user());
        }
        String body = ENCODE.encodeToString(payload.build().toString().getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODE.encodeToString(mac(body));
    }

    /**
     * The questions carried by {@code state}, which the client brought back with a retry of
     * {@code request}.
     *
     * @throws McpException -32602 when the state was not issued by this server (or its cluster),
     *     was issued for another request or user, or has expired
     */
    Map<String, Asked> open(String state, Origin request) {
        int dot = state.lastIndexOf('.');
        JsonObject payload = dot > 0 && verified(state.substring(0, dot), state.substring(dot + 1))
                ? parse(state.substring(0, dot)) : null;
        if (payload == null) {
            throw refused("its signature does not verify (it was changed, or issued by another server)");
        }
        if (!(payload.get("x") instanceof JsonNumber expiry) || expiry.longValue() <= clock.millis()) {
            throw refused("it has expired; send the request again without requestState");
        }
        if (!request.method().equals(text(payload, "m")) || !request.digest().equals(text(payload, "d"))
                || !Objects.equals(request.user(), text(payload, "u"))) {
            throw refused("it was issued for another request");
        }
        Map<String, Asked> questions = new LinkedHashMap<>();
        payload.getJsonObject("q").forEach((name, entry) -> {
            JsonObject question = entry.asJsonObject();
            questions.put(name, new Asked(question.getString("m"), question.get("r") instanceof JsonObject answer
                    ? answer : null));
        });
        return questions;
    }

    private boolean verified(String body, String signature) {
        try {
            return MessageDigest.isEqual(mac(body), DECODE.decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static JsonObject parse(String body) {
        try (var reader = Jsonp.createReader(new StringReader(new String(DECODE.decode(body), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static String text(JsonObject payload, String name) {
        JsonValue value = payload.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static McpException refused(String why) {
        REFUSALS.log(() -> "Refused a requestState: " + LogText.of(why));
        return new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: requestState refused, " + why);
    }

    /** The key the cluster's nodes agree on, or one made here, known to this instance only. */
    private static byte[] agreedOrRandom(SharedKeys keys) {
        Optional<byte[]> agreed = keys.agree(KEY_NAME, RequestStates::randomKey);
        if (agreed.isPresent()) {
            LOG.warning(() -> "Request states are signed with a key the nodes of the cluster agreed on, kept in its data"
                    + " grid where any member can read it; set " + ConfigKeys.INPUT_REQUIRED_STATE_KEY.name()
                    + " to the same key on every node instead");
            return agreed.get();
        }
        LOG.warning(() -> "Request states are signed with a key made at start, known to this instance only; set "
                + ConfigKeys.INPUT_REQUIRED_STATE_KEY.name() + " to the same key on every instance of a cluster");
        return randomKey();
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[ConfigKeys.STATE_KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
