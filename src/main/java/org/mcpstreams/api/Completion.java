package org.mcpstreams.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * What {@code completion/complete} answers: at most 100 values (more are cut, and
 * {@code hasMore} is then set).
 *
 * @param total how many values there are in all, or null when unknown
 */
public record Completion(List<String> values, Integer total, boolean hasMore) {

    /** The most values one answer carries, as the protocol says. */
    public static final int MAX_VALUES = 100;

    /** @throws NullPointerException when {@code values} or one of them is null */
    public Completion {
        values = List.copyOf(values);
        if (values.size() > MAX_VALUES) {
            values = values.subList(0, MAX_VALUES);
            hasMore = true;
        }
    }

    /** The values, all of them. */
    public static Completion of(List<String> values) {
        int total = values.size();
        return new Completion(values, total, total > MAX_VALUES);
    }

    public JsonObject toJson() {
        JsonObjectBuilder completion = Jsonp.createObjectBuilder().add("values", Jsonp.createArrayBuilder(values));
        if (total != null) {
            completion.add("total", total);
        }
        return Jsonp.createObjectBuilder().add("completion", completion.add("hasMore", hasMore)).build();
    }
}
