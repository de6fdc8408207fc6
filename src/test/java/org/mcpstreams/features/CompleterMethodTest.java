package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Complete;

/** A completion method: what it completes, what it may take, and what it answers. */
class CompleterMethodTest {

    @SuppressWarnings("unused")
    public static final class Completers {
        @Complete(prompt = "review", argument = "language")
        public List<String> languages(String prefix, Map<String, String> others, CallContext call) {
            return List.of(prefix + "-" + others.get("code") + "-" + call.sessionId());
        }

        @Complete(resourceTemplate = "users://{id}/profile", argument = "id")
        public List<String> ids(String prefix) {
            return List.of(prefix + "1", prefix + "2");
        }

        @Complete(argument = "x")
        public List<String> neither(String prefix) {
            return List.of();
        }

        @Complete(prompt = "review", resourceTemplate = "users://{id}", argument = "x")
        public List<String> both(String prefix) {
            return List.of();
        }

        @Complete(prompt = "review", argument = "x")
        public List<String> counted(String prefix, int limit) {
            return List.of();
        }

        @Complete(prompt = "review", argument = "x")
        public List<String> twoValues(String prefix, String other) {
            return List.of();
        }
    }

    @Test
    void promptArgumentIsItsKey() {
        assertEquals(new CompleterKey("ref/prompt", "review", "language"), completer("languages").key());
    }

    @Test
    void templateVariableIsItsKey() {
        assertEquals(new CompleterKey("ref/resource", "users://{id}/profile", "id"), completer("ids").key());
    }

    @Test
    void namingNeitherPromptNorTemplateIsRefused() {
        assertEquals("org.mcpstreams.features.CompleterMethodTest$Completers.neither must name either a prompt or a"
                + " resource template to complete", refusal("neither"));
    }

    @Test
    void namingBothPromptAndTemplateIsRefused() {
        assertEquals("org.mcpstreams.features.CompleterMethodTest$Completers.both must name either a prompt or a"
                + " resource template to complete", refusal("both"));
    }

    @Test
    void parameterOfAnotherTypeIsRefused() {
        assertEquals("org.mcpstreams.features.CompleterMethodTest$Completers.counted takes a int: a completion method"
                + " takes the value (String), the other arguments (Map) and a CallContext", refusal("counted"));
    }

    @Test
    void secondStringParameterIsRefused() {
        assertEquals("org.mcpstreams.features.CompleterMethodTest$Completers.twoValues must take exactly one String:"
                + " the value to complete", refusal("twoValues"));
    }

    @Test
    void methodIsGivenTheValueTheOtherArgumentsAndTheCall() {
        CompleterEntry entry = completer("languages").entry(Beans.handingOut(new Completers()), Runnable::run);
        assertJsonEquals("""
                {"completion": {"values": ["ja-x-s1"], "total": 1, "hasMore": false}}
                """, entry.complete()
                .run("ja", Map.of("code", "x"), new FakeCall("s1")).toCompletableFuture().join().toJson().toString());
    }

    private static CompleterMethod completer(String method) {
        return CompleterMethod.of(Beans.method(Completers.class, method));
    }

    private static String refusal(String method) {
        return assertThrows(IllegalArgumentException.class, () -> completer(method)).getMessage();
    }
}
