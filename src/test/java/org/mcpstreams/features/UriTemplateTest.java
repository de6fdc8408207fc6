package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Level 1 URI templates, matched against the URIs of resources/read. */
class UriTemplateTest {

    private final UriTemplate posts = new UriTemplate("users://{id}/posts/{n}");

    @Test
    void variablesAreNamedInOrder() {
        assertEquals(List.of("id", "n"), posts.variables());
    }

    @Test
    void matchingUriGivesEachVariablesValue() {
        assertEquals(Optional.of(Map.of("id", "ann", "n", "4")), posts.match("users://ann/posts/4"));
    }

    @Test
    void valuesArePercentDecoded() {
        assertEquals(Optional.of(Map.of("id", "a b/é", "n", "1")), posts.match("users://a%20b%2F%C3%A9/posts/1"));
    }

    @Test
    void plusIsAPlusNotASpace() {
        assertEquals(Optional.of(Map.of("id", "a+b", "n", "1")), posts.match("users://a+b/posts/1"));
    }

    @Test
    void uriOfAnotherShapeDoesNotMatch() {
        assertEquals(Optional.empty(), posts.match("users://ann/profile"));
    }

    @Test
    void variableDoesNotSpanASlash() {
        assertEquals(Optional.empty(), posts.match("users://ann/bob/posts/4"));
    }

    @Test
    void variableIsNeverEmpty() {
        assertEquals(Optional.empty(), posts.match("users:///posts/4"));
    }

    @Test
    void literalPartsMatchOnlyThemselves() {
        UriTemplate files = new UriTemplate("files://{name}.txt");
        assertEquals(Optional.of(Map.of("name", "notes")), files.match("files://notes.txt"));
        assertEquals(Optional.empty(), files.match("files://notesXtxt"));
    }

    @Test
    void malformedPercentEscapeDoesNotMatch() {
        assertEquals(Optional.empty(), posts.match("users://%zz/posts/1"));
    }

    @Test
    void operatorVariableIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new UriTemplate("files://{+path}"));
        assertEquals("URI template files://{+path} has a variable that is not a simple {name}", refused.getMessage());
    }

    @Test
    void unclosedOrEmptyVariableIsRefusedWhereverItIs() {
        assertThrows(IllegalArgumentException.class, () -> new UriTemplate("a://{x"));
        assertThrows(IllegalArgumentException.class, () -> new UriTemplate("a://{}/{y}"));
        assertThrows(IllegalArgumentException.class, () -> new UriTemplate("a://{x}/{y-z}/{w}"));
    }
}
