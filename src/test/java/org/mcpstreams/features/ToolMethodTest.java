package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpstreams.testsupport.JsonText.assertJsonEquals;

import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.TaskSupport;
import org.mcpstreams.api.TaskWork;
import org.mcpstreams.api.Tool;
import org.mcpstreams.jsonrpc.ErrorCode;
import org.mcpstreams.jsonrpc.McpException;
import org.mcpstreams.testsupport.JsonText;

/** A tool's definition, derived from its method, and how a call runs it. */
class ToolMethodTest {

    private static final String POINT = "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"},"
            + "\"y\":{\"type\":\"integer\"}},\"required\":[\"x\",\"y\"]}";
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}}}";

    // public: JSON-B writes public records only
    public record Point(int x, int y) {
    }

    @SuppressWarnings("unused")
    public static final class Tools {
        @Tool(description = "Greets from a task", taskSupport = TaskSupport.OPTIONAL)
        public TaskWork greetLater(String name) {
            return task -> "Hello, " + name;
        }

        @Tool(description = "Never a task, yet returns a task's work")
        public TaskWork never() {
            return task -> "never";
        }

        @Tool(description = "May run as a task", taskSupport = TaskSupport.REQUIRED)
        public String always() {
            return "always";
        }

        @Tool(description = "Needs the model", requires = "sampling")
        public String draft() {
            return "drafted";
        }

        @Tool(description = "Needs nothing named", requires = " ")
        public String blank() {
            return "";
        }

        @Tool(description = "Adds two numbers")
        public int add(int a, @Arg(description = "the second") int b) {
            return a + b;
        }

        @Tool(name = "where", title = "Where", description = "Finds a place",
                hints = {Tool.Hint.READ_ONLY, Tool.Hint.NON_DESTRUCTIVE, Tool.Hint.IDEMPOTENT, Tool.Hint.CLOSED_WORLD})
        public Point locate(String place) {
            return new Point(place.length(), 2);
        }

        @Tool
        public CompletionStage<Point> later() {
            return CompletableFuture.completedFuture(new Point(1, 2));
        }

        @Tool
        public String greet(String name) {
            return "Hello " + name;
        }

        @Tool(inputSchema = SCHEMA)
        public String search(JsonObject arguments) {
            return "found " + arguments.getString("q");
        }

        @Tool(inputSchema = SCHEMA)
        public String searchMore(JsonObject arguments, String extra) {
            return extra;
        }

        @Tool(inputSchema = "[1]")
        public String listSchema(JsonObject arguments) {
            return "";
        }

        @Tool
        private String hidden() {
            return "";
        }

        @Tool
        public String jam() {
            throw new IllegalStateException("out of paper");
        }
    }

    private final Tools tools = new Tools();

    @Test
    void nameDefaultsToTheMethodsAndTheSchemaToItsParameters() {
        assertJsonEquals("""
                {
                    "name": "add",
                    "description": "Adds two numbers",
                    "inputSchema": {
                        "type": "object",
                        "properties": {"a": {"type": "integer"}, "b": {"type": "integer", "description": "the second"}},
                        "required": ["a", "b"]
                    }
                }
                """, definition("add"));
    }

    @Test
    void recordReturnTypeIsTheOutputSchemaAndHintsAreTheAnnotations() {
        assertJsonEquals("""
                {
                    "name": "where",
                    "title": "Where",
                    "description": "Finds a place",
                    "inputSchema": {"type": "object", "properties": {"place": {"type": "string"}}, "required": ["place"]},
                    "outputSchema": %s,
                    "annotations": {
                        "readOnlyHint": true, "destructiveHint": false, "idempotentHint": true, "openWorldHint": false
                    }
                }
                """.formatted(POINT), definition("locate"));
    }

    @Test
    void stageOfARecordDeclaresTheRecordsOutputSchema() {
        assertJsonEquals("""
                {"name": "later", "inputSchema": {"type": "object", "properties": {}}, "outputSchema": %s}
                """.formatted(POINT), definition("later"));
    }

    @Test
    void stringReturnTypeHasNoOutputSchema() {
        assertJsonEquals("""
                {
                    "name": "greet",
                    "inputSchema": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
                }
                """, definition("greet"));
    }

    @Test
    void declaredInputSchemaIsUsedAsItIs() {
        assertJsonEquals("""
                {"name": "search", "inputSchema": %s}
                """.formatted(SCHEMA), definition("search"));
    }

    @Test
    void declaredInputSchemaMethodIsGivenAllTheArguments() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "found cats"}]}
                """, call("search", "{\"q\":\"cats\"}").toString());
    }

    @Test
    void aToolThatMayRunAsATaskSaysSoInItsListing() {
        assertEquals("{\"taskSupport\":\"required\"}", ToolMethod.of(Beans.method(Tools.class, "always"))
                .entry(Beans.handingOut(tools), Runnable::run).toJson().getJsonObject("execution").toString());
    }

    @Test
    void theWorkOfATaskRunsInTheRequestWhenCalledWithoutATask() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "Hello, Ada"}]}
                """, call("greetLater", "{\"name\":\"Ada\"}").toString());
    }

    @Test
    void aToolReturningTheWorkOfATaskIsSplitBeforeItsTask() {
        ToolEntry entry = ToolMethod.of(Beans.method(Tools.class, "greetLater")).entry(Beans.handingOut(tools),
                Runnable::run);
        FakeCall task = new FakeCall("s1");

        ToolEntry.Rest rest = entry.beforeTask().orElseThrow().run(JsonText.object("{\"name\":\"Ada\"}"), task)
                .toCompletableFuture().join();
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "Hello, Ada"}]}
                """, rest.run(task).toCompletableFuture().join().toJson().toString());
    }

    @Test
    void aToolReturningTheWorkOfATaskMustMayRunAsOne() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ToolMethod.of(Beans.method(Tools.class, "never")));
        assertEquals("org.mcpstreams.features.ToolMethodTest$Tools.never returns a TaskWork: it must declare"
                + " taskSupport OPTIONAL or REQUIRED", refused.getMessage());
    }

    @Test
    void declaredInputSchemaWithANamedParameterIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ToolMethod.of(Beans.method(Tools.class, "searchMore")));
        assertEquals("org.mcpstreams.features.ToolMethodTest$Tools.searchMore declares its input schema: it takes the"
                + " arguments as one JsonObject parameter, not extra", refused.getMessage());
    }

    @Test
    void declaredInputSchemaThatIsNotAnObjectIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ToolMethod.of(Beans.method(Tools.class, "listSchema")));
        assertTrue(refused.getMessage().startsWith(
                "The inputSchema of org.mcpstreams.features.ToolMethodTest$Tools.listSchema is not a JSON object: "),
                refused.getMessage());
    }

    @Test
    void privateMethodIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Beans.method(Tools.class, "hidden"));
        assertEquals("private " + String.class.getName() + " org.mcpstreams.features.ToolMethodTest$Tools.hidden() is private:"
                + " annotated methods are called through the bean", refused.getMessage());
    }

    @Test
    void callRunsTheMethodWithItsArguments() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "5"}]}
                """, call("add", "{\"a\":2,\"b\":3}").toString());
    }

    @Test
    void recordResultIsStructuredContentAndItsJsonAsText() {
        assertJsonEquals("""
                {"content": [{"type": "text", "text": "{\\"x\\":1,\\"y\\":2}"}], "structuredContent": {"x": 1, "y": 2}}
                """, call("later", "{}").toString());
    }

    @Test
    void argumentsThatDoNotFitAreAnErrorResultTheModelSees() {
        assertJsonEquals("""
                {
                    "content": [{"type": "text", "text": "Invalid arguments: missing required argument b"}],
                    "isError": true
                }
                """, call("add", "{\"a\":2}").toString());
    }

    @Test
    void exceptionOfTheMethodFailsTheCall() {
        CompletionException failed = assertThrows(CompletionException.class, () -> call("jam", "{}"));
        assertEquals("out of paper", Async.cause(failed).getMessage());
        assertSame(IllegalStateException.class, Async.cause(failed).getClass());
    }

    @Test
    void aToolRequiringACapabilityTheClientLacksIsRefusedBeforeItRuns() {
        McpException refused = assertThrows(McpException.class, () -> call("draft", "{}"));
        assertEquals(ErrorCode.MISSING_CLIENT_CAPABILITY, refused.code());
        assertJsonEquals("""
                {"requiredCapabilities": {"sampling": {}}}
                """, refused.data().toString());
    }

    @Test
    void aBlankRequiredCapabilityIsADeploymentError() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ToolMethod.of(Beans.method(Tools.class, "blank")));
        assertTrue(refused.getMessage().endsWith("requires a blank client capability"), refused.getMessage());
    }

    private String definition(String method) {
        return ToolMethod.of(Beans.method(Tools.class, method)).definition().toJson().toString();
    }

    private JsonObject call(String method, String arguments) {
        ToolEntry entry = ToolMethod.of(Beans.method(Tools.class, method)).entry(Beans.handingOut(tools), Runnable::run);
        return entry.call().run(JsonText.object(arguments), new FakeCall("s1")).toCompletableFuture().join().toJson();
    }
}
