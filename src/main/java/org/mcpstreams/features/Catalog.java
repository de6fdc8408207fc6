package org.mcpstreams.features;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;

/**
 * The tools, resources, templates or prompts on offer, ordered by key, listed a page at a time.
 * A cursor names the last key of the page before it, so pages stay right while entries come and
 * go between two requests.
 */
final class Catalog<T> {

    private final String what;
    private final Map<String, T> entries = new ConcurrentSkipListMap<>();

    /** @param what what an entry is, for messages: "tool", "resource", ... */
    Catalog(String what) {
        this.what = what;
    }

    /**
     * @throws IllegalArgumentException when an entry has that key
     */
    void add(String key, T entry) {
        if (entries.putIfAbsent(key, entry) != null) {
            throw new IllegalArgumentException("There is already a " + what + " " + key);
        }
    }

    /** Removes the entry, if it is the one under its key; whether it was. */
    boolean remove(String key, T entry) {
        return entries.remove(key, entry);
    }

    T get(String key) {
        return entries.get(key);
    }

    Collection<T> all() {
        return entries.values();
    }

    /**
     * The entries after the cursor, at most {@code size}.
     *
     * @param cursor from the page before, null for the first page
     * @throws McpException -32602 when the cursor is not one this server gave
     */
    Page<T> page(String cursor, int size) {
        var after = cursor == null ? (ConcurrentSkipListMap<String, T>) entries
                : ((ConcurrentSkipListMap<String, T>) entries).tailMap(decode(cursor), false);
        List<T> items = new ArrayList<>(Math.min(size, 64));
        String last = null;
        for (var entry : after.entrySet()) {
            if (items.size() == size) {
                return new Page<>(items, encode(last));
            }
            items.add(entry.getValue());
            last = entry.getKey();
        }
        return new Page<>(items, null);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new McpException(ErrorCode.INVALID_PARAMS, "Invalid params: unknown cursor " + cursor);
        }
    }

    /** One page of entries, and the cursor of the next, null on the last. */
    record Page<T>(List<T> items, String nextCursor) {
    }
}
