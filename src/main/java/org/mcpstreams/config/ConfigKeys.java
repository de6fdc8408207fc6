package org.mcpstreams.config;

import static org.mcpstreams.config.ConfigKey.bytes;
import static org.mcpstreams.config.ConfigKey.count;
import static org.mcpstreams.config.ConfigKey.flag;
import static org.mcpstreams.config.ConfigKey.list;
import static org.mcpstreams.config.ConfigKey.millis;
import static org.mcpstreams.config.ConfigKey.seconds;
import static org.mcpstreams.config.ConfigKey.secret;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every MicroProfile Config key of mcp-streams, declared once: name, Java type (with the unit of a
 * duration in its name), default, the values allowed, and meaning. The settings records read their
 * values from here; {@code docs/configuration.md} is its reference, and a test fails when the two
 * disagree.
 */
public final class ConfigKeys {

    public static final ConfigKey<Integer> STREAMS_MAX_OPEN = count("mcp.streams.max-open", 10_000, 1,
            "streams open at once on this node, live or detached; beyond it, 503");
    public static final ConfigKey<Integer> STREAMS_MAX_PER_SESSION = count("mcp.streams.max-per-session", 10, 1,
            "streams one session holds open, live or detached; beyond it, its oldest detached one closes, else 503");
    public static final ConfigKey<Duration> STREAMS_IDLE_TIMEOUT = seconds("mcp.streams.idle-timeout-seconds", 3_600,
            0, "a stream with no event for this long is closed, connection included").special("0 never");
    public static final ConfigKey<Duration> STREAMS_RESUME_WINDOW = seconds("mcp.streams.resume-window-seconds", 300,
            0, "how long a stream whose connection dropped stays resumable").special("0 closes it at the next sweep");
    public static final ConfigKey<Integer> STREAMS_BUFFER_EVENTS = count("mcp.streams.buffer.max-events", 500, 1,
            "events each stream retains for delivery and replay");
    public static final ConfigKey<Long> STREAMS_BUFFER_BYTES = bytes("mcp.streams.buffer.max-bytes", 256 * 1024,
            Long.MAX_VALUE, "bytes of message data (UTF-8) each stream retains; a larger message is refused to its sender");
    public static final ConfigKey<Duration> STREAMS_KEEP_ALIVE = seconds("mcp.streams.keep-alive-seconds", 15, 0,
            "a `: keep-alive` comment after this long without a write").special("0 never");
    public static final ConfigKey<Duration> STREAMS_SWEEP_INTERVAL = millis("mcp.streams.sweep-interval-millis", 1_000,
            10, "how often expiry and keep-alive are checked");
    public static final ConfigKey<Duration> STREAMS_RETRY_AFTER = seconds("mcp.streams.retry-after-seconds", 5, 1,
            "the `Retry-After` of a 503 for too many streams or sessions");
    public static final ConfigKey<Duration> STREAMS_COMPLETED_RETENTION = seconds(
            "mcp.streams.completed-retention-seconds", 30, 0,
            "how long a request's stream stays resumable after its response was written");
    public static final ConfigKey<Duration> STREAMS_MAX_CONNECTION_AGE = seconds(
            "mcp.streams.max-connection-age-seconds", 0, 0,
            "SSE polling: a 2025-11-25 client's connection is closed at this age, and the client resumes")
            .special("0 never");
    public static final ConfigKey<Duration> STREAMS_RECONNECT_DELAY = millis("mcp.streams.reconnect-delay-millis",
            1_000, 0, "the `retry:` of priming events").special("0 sends none");
    public static final ConfigKey<Integer> STREAMS_DELIVERY_THREADS = count("mcp.streams.delivery-threads", 0, 0,
            "threads that write events to connections, shared by all streams").special("0 one per core");
    public static final ConfigKey<Integer> STREAMS_MAX_DELIVERY_THREADS = count("mcp.streams.max-delivery-threads", 64,
            1, "delivery threads at most, counting those made to stand in for threads held by a write that stalls");
    public static final ConfigKey<Duration> STREAMS_WRITE_TIMEOUT = millis("mcp.streams.write-timeout-millis", 10_000,
            100, "a write to a connection unfinished after this long closes that connection; its client resumes");

    public static final ConfigKey<Integer> SESSIONS_MAX = count("mcp.sessions.max", 10_000, 1,
            "live sessions; an `initialize` beyond it gets 503");
    public static final ConfigKey<Duration> SESSIONS_IDLE_TIMEOUT = seconds("mcp.sessions.idle-timeout-seconds",
            1_800, 0, "a session without a request for this long ends, with its streams").special("0 never");
    public static final ConfigKey<Duration> SESSIONS_INITIALIZE_TIMEOUT = seconds(
            "mcp.sessions.initialize-timeout-seconds", 60, 1,
            "a session whose client never sent `notifications/initialized` ends after this long");
    public static final ConfigKey<Integer> SESSIONS_MAX_SUBSCRIPTIONS = count("mcp.sessions.max-subscriptions", 100,
            1, "resource URIs one session is subscribed to; a `resources/subscribe` beyond it gets an error");
    public static final ConfigKey<Integer> SESSIONS_MAX_PENDING_CLIENT_REQUESTS = count(
            "mcp.sessions.max-pending-client-requests", 16, 1,
            "requests to one session's client waiting for their answers; asking beyond it fails at once");

    public static final ConfigKey<Long> TRANSPORT_MAX_BODY_BYTES = bytes("mcp.transport.max-body-bytes",
            4L * 1024 * 1024, 1L << 30, "the largest POST body; a larger one gets 413");
    public static final ConfigKey<Integer> TRANSPORT_MAX_BATCH = count("mcp.transport.max-batch", 50, 1,
            "messages in one batch (2025-03-26); a larger batch gets 400");
    public static final ConfigKey<Duration> TRANSPORT_CLIENT_REQUEST_TIMEOUT = seconds(
            "mcp.transport.client-request-timeout-seconds", 60, 1,
            "how long a request to the client (sampling, elicitation, roots, ping) waits for its answer");
    public static final ConfigKey<List<String>> TRANSPORT_ALLOWED_ORIGINS = list("mcp.transport.allowed-origins",
            "`Origin` values", "`Origin` values accepted besides pages of localhost and of the server's own hosts")
            .special("`*` any");
    public static final ConfigKey<List<String>> TRANSPORT_ALLOWED_HOSTS = list("mcp.transport.allowed-hosts",
            "host names",
            "names the server is reached by besides localhost, 127.0.0.1, [::1] and the address it listens on")
            .special("`*` any");
    public static final ConfigKey<Duration> TRANSPORT_ANSWER_WAIT = millis("mcp.transport.answer-wait-millis", 50, 0,
            60_000, "how long a stateless request's response waits for its handler before its stream starts")
            .special("0 never waits");

    public static final ConfigKey<Integer> FEATURES_PAGE_SIZE = count("mcp.features.page-size", 100, 1,
            "items on one page of `tools/list`, `resources/list`, `resources/templates/list`, `prompts/list`");
    public static final ConfigKey<Integer> FEATURES_CALL_THREADS = count("mcp.features.call-threads", 32, 1,
            "calls of application methods (tools, resources, prompts, completions) running at once");
    public static final ConfigKey<Integer> FEATURES_MAX_CALLS_PER_SESSION = count("mcp.features.max-calls-per-session",
            8, 1, "calls of one session running or waiting for a thread at once; beyond it, a JSON-RPC error (-32000)");
    public static final ConfigKey<Integer> FEATURES_MAX_QUEUED_CALLS = count("mcp.features.max-queued-calls", 1_000, 0,
            "calls waiting for a thread, of all sessions; beyond it, a JSON-RPC error (-32000)")
            .special("0 none wait");

    /** The fewest bytes a configured {@link #INPUT_REQUIRED_STATE_KEY} may have, and the size of a random one. */
    public static final int STATE_KEY_BYTES = 32;

    public static final ConfigKey<Optional<byte[]>> INPUT_REQUIRED_STATE_KEY = secret("mcp.input-required.state-key",
            STATE_KEY_BYTES, "the HMAC-SHA256 key that signs the `requestState` of multi round-trip requests")
            .special("empty: a random key made at start (in cluster mode, one the nodes agree on)");
    public static final ConfigKey<Duration> INPUT_REQUIRED_STATE_TTL = seconds("mcp.input-required.state-ttl-seconds",
            900, 1, "how long a `requestState` is accepted after it was issued");

    public static final ConfigKey<Duration> TASKS_TTL = seconds("mcp.tasks.ttl-seconds", 3_600, 1,
            "how long a task and its result stay after it was created; then it is cancelled if still running, and"
            + " forgotten");
    public static final ConfigKey<Duration> TASKS_POLL_INTERVAL = millis("mcp.tasks.poll-interval-millis", 1_000, 1,
            "the `pollIntervalMs` a task suggests to its client");
    public static final ConfigKey<Integer> TASKS_MAX = count("mcp.tasks.max", 1_000, 1,
            "tasks kept at once, of all users, running or ended; beyond it, a JSON-RPC error (-32000)");
    public static final ConfigKey<Integer> TASKS_MAX_PER_USER = count("mcp.tasks.max-per-user", 100, 1,
            "tasks one user keeps at once, running or ended; beyond it, a JSON-RPC error (-32000)");
    public static final ConfigKey<Long> TASKS_MAX_RESULT_BYTES = bytes("mcp.tasks.max-result-bytes", 256 * 1024,
            Long.MAX_VALUE, "the largest result a task keeps, as JSON text; a larger one fails the task (-32603)");

    public static final ConfigKey<Boolean> CLUSTER_ENABLED = flag("mcp.cluster.enabled", false,
            "sessions shared by the members of Payara's Hazelcast cluster, so that any node serves any session;"
            + " session-wide messages and clients' answers routed to the node that holds the stream or waits; a"
            + " session GET stream's events kept across nodes, for a resume on another");
    public static final ConfigKey<Integer> CLUSTER_BROADCAST_THREADS = count("mcp.cluster.broadcast-threads", 8, 1,
            "in cluster mode, threads that deliver a broadcast to this node's sessions at once, besides the one"
            + " broadcasting: each delivery waits for the grid to keep the event");

    public static final ConfigKey<Boolean> DEMO_ENABLED = flag("mcp.demo.enabled", true,
            "the demo tool, resource and prompt of the shipped WAR");

    private ConfigKeys() {
    }
}
