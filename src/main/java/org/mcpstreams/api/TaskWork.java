package org.mcpstreams.api;

/**
 * The rest of a tool's call, run as a task. A tool that first asks its client within the request
 * (multi round-trip requests for a stateless client, requests on the call's stream for a session)
 * and then goes on as a task returns one, or a {@code CompletionStage} of one:
 * <pre>{@code @Tool(taskSupport = TaskSupport.REQUIRED)
 * CompletionStage<TaskWork> report(CallContext call) {
 *     return call.elicit("Which year?", schema).thenApply(answer -> task -> build(answer));
 * }}</pre>
 * <p>The call is answered with the task once the method's stage completes with the work; the
 * work then runs on the call threads with the task's {@link CallContext}, and what it returns (any
 * return value a {@link Tool} method may have) is the task's result. For a client that did not
 * declare the tasks extension, the work of a {@link TaskSupport#OPTIONAL} tool runs at once, and
 * its result answers the call.
 */
@FunctionalInterface
public interface TaskWork {

    /**
     * Does the rest of the call.
     *
     * @param task the task's context
     * @return what a tool method may return
     * @throws Exception as a tool method may
     */
    Object run(CallContext task) throws Exception;
}
