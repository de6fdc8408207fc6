package org.mcpstreams.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean an MCP tool, listed by {@code tools/list} and run by
 * {@code tools/call}:
 * <pre>{@code @Tool(description = "Adds two numbers")
 * int add(@Arg(description = "the first") int a, int b) { return a + b; }}</pre>
 * <p>Parameters are the tool's arguments, named by {@link Arg#name()} or the parameter's own name
 * (compile with {@code -parameters}); the input schema (JSON Schema 2020-12) is derived from
 * their types: primitives and their boxes, {@code String}, enums, records, lists, sets, arrays,
 * {@code Map<String, T>}, {@code Optional<T>} (never required) and JSON-P values. A parameter of
 * type {@link CallContext} is not an argument: it receives the call's context.
 * <p>The return value becomes the result: a {@code String} is one text content, a
 * {@link Content} or a list of them is the content, a {@link ToolResult} is sent as it is, and
 * any other object (a record, a map) is the structured content, with its JSON as text content;
 * for a record the tool also declares an output schema. A {@code CompletionStage} of any of these
 * is awaited. The method runs on the container's managed executor and may block.
 * <p>An exception thrown by the method becomes a result with {@code isError: true} and the
 * exception's message; an {@link org.mcpstreams.jsonrpc.McpException} becomes a JSON-RPC error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

    /** The tool's name; the method's name when empty. */
    String name() default "";

    /** A human-readable title; none when empty. */
    String title() default "";

    /** What the tool does, for the model. */
    String description() default "";

    /** Behaviour hints for clients; none by default. */
    Hint[] hints() default {};

    /**
     * The input schema as JSON text, to use instead of the one derived from the parameters; the
     * method then takes the arguments as one {@code jakarta.json.JsonObject} parameter.
     */
    String inputSchema() default "";

    /**
     * The client capabilities the tool cannot run without, such as {@code "sampling"},
     * {@code "elicitation"} or {@code "roots"}: a client that did not declare one of them gets
     * -32021 (missing required client capability) before the tool runs, as HTTP 400 in the
     * stateless revision.
     */
    String[] requires() default {};

    /**
     * Whether a call runs as a task of the tasks extension: {@link TaskSupport#OPTIONAL} and
     * {@link TaskSupport#REQUIRED} answer a client that declared {@code io.modelcontextprotocol/tasks}
     * with a task at once, which it polls with {@code tasks/get}; the method runs as for any call,
     * with a {@link CallContext} whose questions to the client wait in the task for
     * {@code tasks/update}. A method that asks its client first and then goes on as a task
     * returns a {@link TaskWork}. Never by default.
     */
    TaskSupport taskSupport() default TaskSupport.FORBIDDEN;

    /** The tool annotations of MCP, each stating the opposite of the protocol's default. */
    enum Hint {
        /** {@code readOnlyHint: true}: the tool changes nothing. */
        READ_ONLY,
        /** {@code destructiveHint: false}: the tool only adds, never deletes or overwrites. */
        NON_DESTRUCTIVE,
        /** {@code idempotentHint: true}: calling it again with the same arguments changes nothing more. */
        IDEMPOTENT,
        /** {@code openWorldHint: false}: the tool touches nothing outside this server. */
        CLOSED_WORLD
    }
}
