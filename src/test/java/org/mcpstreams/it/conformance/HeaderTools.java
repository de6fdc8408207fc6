package org.mcpstreams.it.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.mcpstreams.api.Arg;
import org.mcpstreams.api.Tool;

/** The conformance suite's fixture for arguments mirrored into {@code Mcp-Param-*} headers. */
@ApplicationScoped
public class HeaderTools {

    @Tool(name = "test_custom_header", description = "Echoes a region its clients also send as a header")
    String customHeader(@Arg(header = "Region", description = "Where to run") String region,
            @Arg(header = "Priority", description = "How urgent, 0 to 9") Optional<Integer> priority) {
        return "Region: " + region + priority.map(p -> ", priority " + p).orElse("");
    }
}
