package org.mcpstreams.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.TaskSupport;
import org.mcpstreams.api.Tool;

/** Test deployments of tasks only: tools that run as tasks, and what they saw. */
@ApplicationScoped
public class TaskTestTools {

    static final AtomicInteger CANCELLED = new AtomicInteger();

    @Tool(name = "wait_for_cancel", description = "Runs until cancelled, two minutes at most",
            taskSupport = TaskSupport.OPTIONAL)
    String waitForCancel(CallContext call) throws InterruptedException {
        CountDownLatch cancelled = new CountDownLatch(1);
        call.onCancel(() -> {
            CANCELLED.incrementAndGet();
            cancelled.countDown();
        });
        return cancelled.await(120, TimeUnit.SECONDS) ? "cancelled" : "waited";
    }

    @Tool(name = "ask_then_answer", description = "Asks the user, then says what they did",
            taskSupport = TaskSupport.REQUIRED)
    CompletionStage<String> askThenAnswer(CallContext call) {
        return call.elicit("Go on?", Json.createObjectBuilder().add("type", "object").build())
                .thenApply(answer -> "the user chose " + answer.getString("action"));
    }

    @Tool(name = "task_cancellations", description = "How many tasks saw their cancellation")
    int taskCancellations() {
        return CANCELLED.get();
    }
}
