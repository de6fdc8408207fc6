package org.mcpstreams.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.CallContext;
import org.mcpstreams.api.Tool;
import org.mcpstreams.jsonrpc.Jsonp;

/**
 * The demo tool: counts down, one progress notification a second, and stops early when the
 * client cancels. Left out when {@code mcp.demo.enabled} is false.
 */
@ApplicationScoped
public class Countdown {

    static final int MAX_SECONDS = 60;

    @Tool(title = "Countdown", description = "Counts down from the given number of seconds, reporting progress"
            + " every second, then announces lift-off.", hints = {Tool.Hint.READ_ONLY, Tool.Hint.CLOSED_WORLD})
    String countdown(@Arg(description = "seconds to count down, 1 to 60 (default 5)") Optional<Integer> seconds,
            CallContext call) throws InterruptedException {
        int total = seconds.orElse(5);
        if (total < 1 || total > MAX_SECONDS) {
            throw new IllegalArgumentException("seconds must be between 1 and " + MAX_SECONDS + ", not " + total);
        }
        for (int left = total; left > 0; left--) {
            if (call.cancelled()) {
                return "Countdown cancelled at " + left;
            }
            call.progress(total - left, (double) total, left + (left == 1 ? " second" : " seconds") + " left");
            TimeUnit.SECONDS.sleep(1);
        }
        call.progress(total, (double) total, "lift-off");
        call.log("info", Jsonp.createValue("counted down from " + total));
        return "Lift-off after " + total + (total == 1 ? " second!" : " seconds!");
    }
}
