package org.mcpstreams.input;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * The request a {@code requestState} belongs to: its method, the digest of its parameters (all
 * but {@code _meta} and the round's own {@code inputResponses} and {@code requestState}) and its
 * user, or null when anonymous.
 */
public record Origin(String method, String digest, String user) {

    private static final Set<String> NOT_DIGESTED = Set.of("_meta", "inputResponses", "requestState");

    public static Origin of(String method, JsonObject params, String user) {
        JsonObjectBuilder salient = Jsonp.createObjectBuilder();
        params.forEach((name, value) -> {
            if (!NOT_DIGESTED.contains(name)) {
                salient.add(name, value);
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CanonicalJson.of(salient.build()).getBytes(StandardCharsets.UTF_8));
            return new Origin(method, Base64.getUrlEncoder().withoutPadding().encodeToString(digest), user);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
