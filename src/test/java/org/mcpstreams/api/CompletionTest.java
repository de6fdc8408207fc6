package org.mcpstreams.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** completion/complete's answer: at most 100 values, hasMore set when there are more. */
class CompletionTest {

    private static final List<String> VALUES = IntStream.range(0, 150).mapToObj(i -> "v" + i).toList();

    @Test
    void valuesAreWrittenWithTotalAndHasMore() {
        assertJsonEquals("""
                {"completion": {"values": ["a", "b"], "total": 2, "hasMore": false}}
                """, Completion.of(List.of("a", "b")).toJson().toString());
    }

    @Test
    void unknownTotalIsLeftOut() {
        assertJsonEquals("""
                {"completion": {"values": ["a"], "hasMore": true}}
                """, new Completion(List.of("a"), null, true).toJson().toString());
    }

    @Test
    void moreThanAHundredValuesAreCutToTheFirstHundredWithHasMore() {
        Completion completion = new Completion(VALUES, null, false);
        assertEquals(VALUES.subList(0, 100), completion.values());
        assertTrue(completion.hasMore());
    }

    @Test
    void ofAllValuesKeepsTheirTotal() {
        Completion completion = Completion.of(VALUES);
        assertEquals(List.of(100, 150, true), List.of(completion.values().size(), completion.total(), completion.hasMore()));
    }

    @Test
    void valuesAreCopied() {
        List<String> values = new ArrayList<>(List.of("a"));
        Completion completion = Completion.of(values);
        values.add("b");
        assertEquals(List.of("a"), completion.values());
    }

    @Test
    void nullValueIsRefused() {
        assertThrows(NullPointerException.class, () -> Completion.of(Arrays.asList("a", null)));
    }
}
