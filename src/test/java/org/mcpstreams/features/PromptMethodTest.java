package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Prompt;

/** A prompt, from its method. */
class PromptMethodTest {

    @SuppressWarnings("unused")
    public static final class Prompts {
        @Prompt(title = "Review", description = "Reviews code")
        public String review(@Arg(description = "the code") String code, Optional<String> language, CallContext call) {
            return "Review this " + language.orElse("code") + " for " + call.sessionId() + ":\n" + code;
        }

        @Prompt(name = "hello")
        public String greet() {
            return "Hello";
        }

        @Prompt
        public String repeat(String text, int times) {
            return text.repeat(times);
        }
    }

    @Test
    void definitionListsTheArgumentsWithDescriptionAndRequired() {
        assertJsonEquals("""
                {
                    "name": "review",
                    "title": "Review",
                    "description": "Reviews code",
                    "arguments": [
                        {"name": "code", "description": "the code", "required": true},
                        {"name": "language", "required": false}
                    ]
                }
                """, definition("review"));
    }

    @Test
    void promptWithoutArgumentsHasNoArgumentsMember() {
        assertJsonEquals("""
                {"name": "hello"}
                """, definition("greet"));
    }

    @Test
    void argumentThatIsNotAStringIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PromptMethod.of(Beans.method(Prompts.class, "repeat")));
        assertEquals("org.mcpstreams.features.PromptMethodTest$Prompts.repeat takes times as int: prompt arguments are"
                + " String or Optional<String>", refused.getMessage());
    }

    @Test
    void stringIsRenderedAsOneUserMessageWithThePromptsDescription() {
        assertJsonEquals("""
                {
                    "description": "Reviews code",
                    "messages": [
                        {"role": "user", "content": {"type": "text", "text": "Review this java for s1:\\nx = 1"}}
                    ]
                }
                """, render("review", Map.of("code", "x = 1", "language", "java")));
    }

    @Test
    void absentOptionalArgumentIsEmpty() {
        assertJsonEquals("""
                {
                    "description": "Reviews code",
                    "messages": [{"role": "user", "content": {"type": "text", "text": "Review this code for s1:\\nx"}}]
                }
                """, render("review", Map.of("code", "x")));
    }

    private static String definition(String method) {
        return PromptMethod.of(Beans.method(Prompts.class, method)).definition().toJson().toString();
    }

    private static String render(String method, Map<String, String> arguments) {
        PromptEntry entry = PromptMethod.of(Beans.method(Prompts.class, method))
                .entry(Beans.handingOut(new Prompts()), Runnable::run);
        return entry.render().run(arguments, new FakeCall("s1")).toCompletableFuture().join().toJson().toString();
    }
}
