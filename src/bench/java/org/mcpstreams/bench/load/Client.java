package org.mcpstreams.bench.load;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;

/**
 * One simulated MCP client, driven on the event loop's thread: initializes a session, opens its
 * GET stream, tallies the broadcast events it receives into the current {@link Round}, and
 * resumes with {@code Last-Event-ID} after a cut. A stream is open once its priming event
 * arrived (or its 200 status, for a server that sends no priming event: {@link OpenedBy}); only then
 * is the next connection let through the loop's gate. Event ids are {@code <stream>:<seq>}, which also
 * tell a duplicate; ids of another form are kept for {@code Last-Event-ID} only. Its
 * {@link Placement} says which node it initializes on and which it streams from: on the same one the
 * GET reuses the connection of the POSTs, on another it opens a new one.
 */
final class Client implements SseReader.Listener {

    /** What the driver is told about the client's setup. */
    interface Setup {
        /** The session is initialized ({@code initialize}, then {@code notifications/initialized}). */
        void initialized(Client client);

        void ready(Client client);

        void failed(Client client, String reason);
    }

    private static final int MAX_UNPLANNED_RESUMES = 3;

    private final int number;
    private final EventLoop loop;
    private final Placement placement;
    private final Setup setup;
    private final OpenedBy openedBy;
    private Conn conn;
    private String session;
    private String streamId;
    private String lastEventId;
    private long lastSeq = -1;
    private boolean opening;
    private boolean ready;
    private boolean initializedOnce;
    private long resumeAtNanos = -1;
    private int unplannedEnds;
    private Round round;
    private long seen;
    private int count;
    private int cutAfter;
    private boolean cut;

    Client(int number, EventLoop loop, Placement placement, Setup setup, OpenedBy openedBy) {
        this.number = number;
        this.loop = loop;
        this.placement = placement;
        this.setup = setup;
        this.openedBy = openedBy;
    }

    /** On the loop: initialize, then notifications/initialized; {@link #openStream()} follows. */
    void start() {
        loop.whenGateOpen(() -> {
            opening = true;
            conn = loop.connect(placement.initializeNode());
            conn.send(placement.initialize().initialize(number), new Reply(this::initialized, this::setupFailed));
        });
    }

    /**
     * On the loop, once {@link #start()} has initialized the session: opens the GET stream, on the
     * same connection, or on a new one to the stream's node.
     */
    void openStream() {
        if (ready) {
            return; // setup failed
        }
        loop.whenGateOpen(() -> {
            opening = true;
            if (placement.split()) {
                conn.abort();
                conn = loop.connect(placement.streamNode());
            }
            conn.send(placement.stream().stream(session, null), new StreamReply());
        });
    }

    /** On the loop: counts the events of {@code next} from now on; with cutAfter > 0, cuts and resumes after that many. */
    void begin(Round next, int cutAfterEvents) {
        round = next;
        seen = 0;
        count = 0;
        cutAfter = cutAfterEvents;
        cut = false;
    }

    /** On the loop: cuts the connection as a network failure would. */
    void cut() {
        if (conn != null) {
            conn.abort();
            conn = null;
        }
    }

    /** On the loop: resumes the stream with {@code Last-Event-ID} on a new connection. */
    void resume() {
        resumeAtNanos = System.nanoTime();
        loop.whenGateOpen(() -> {
            opening = true;
            conn = loop.connect(placement.streamNode());
            conn.send(placement.stream().stream(session, lastEventId), new StreamReply());
        });
    }

    /** Whether its session was initialized, even if its stream then failed. */
    boolean initializedOnce() {
        return initializedOnce;
    }

    int unplannedEnds() {
        return unplannedEnds;
    }

    /** Events of the current round still missing. */
    int missing() {
        return round == null ? 0 : round.expectedPerClient - Long.bitCount(seen);
    }

    @Override
    public void event(String id, String data) {
        long nowMicros = nowMicros();
        int colon = id == null ? -1 : id.lastIndexOf(':');
        if (colon < 0) {
            otherEvent(id, data, nowMicros);
            return;
        }
        String stream = id.substring(0, colon);
        long seq = Long.parseLong(id.substring(colon + 1));
        if (data.isEmpty()) {
            primed(stream, seq, id);
        } else if (stream.equals(streamId) && seq <= lastSeq) {
            round.duplicate();
        } else {
            streamId = stream;
            lastSeq = seq;
            lastEventId = id;
            tally(data, nowMicros);
        }
    }

    /** An event whose id is not {@code <stream>:<seq>}, or that has none: its data counts, its id is only resumed from. */
    private void otherEvent(String id, String data, long nowMicros) {
        if (id != null) {
            lastEventId = id;
        }
        if (!data.isEmpty()) {
            tally(data, nowMicros);
        }
    }

    private void primed(String stream, long seq, String id) {
        streamId = stream;
        lastSeq = seq;
        lastEventId = id;
        open();
    }

    /** The stream is open: lets the next connection through the gate; tells the driver, or times the reconnect. */
    private void open() {
        if (!opening) {
            return;
        }
        opening = false;
        loop.opened();
        if (!ready) {
            ready = true;
            setup.ready(this);
        } else if (resumeAtNanos >= 0 && round != null) {
            round.reconnected((System.nanoTime() - resumeAtNanos) / 1_000);
            resumeAtNanos = -1;
        }
    }

    private void tally(String data, long nowMicros) {
        Stamp stamp = round == null ? null : Stamp.parse(data);
        if (stamp == null) {
            return;
        }
        if (stamp.round() != round.number) {
            round.stray();
            return;
        }
        long bit = 1L << stamp.n();
        if ((seen & bit) != 0) {
            round.duplicate();
            return;
        }
        seen |= bit;
        count++;
        round.received(nowMicros, stamp.sentMicros());
        if (count == round.checkpoint) {
            round.clientAtCheckpoint();
        }
        if (count == round.expectedPerClient) {
            round.clientComplete();
        }
        if (cutAfter > 0 && count == cutAfter && !cut) {
            cut = true;
            cut();
            resume();
        }
    }

    private void initialized(Reply reply) {
        session = reply.headers.get("mcp-session-id");
        if (reply.status != 200 || session == null) {
            setupFailed("initialize answered " + reply.status);
            return;
        }
        conn.send(placement.initialize().initialized(session), new Reply(this::sessionReady, this::setupFailed));
    }

    private void sessionReady(Reply reply) {
        if (reply.status != 202) {
            setupFailed("notifications/initialized answered " + reply.status);
            return;
        }
        opening = false;
        loop.opened();
        initializedOnce = true;
        setup.initialized(this);
    }

    private void setupFailed(String reason) {
        if (conn != null) {
            conn.abort();
            conn = null;
        }
        if (opening) {
            opening = false;
            loop.opened();
        }
        if (!ready) {
            ready = true;
            setup.failed(this, reason);
        }
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    /** The response of a GET: an event stream, or an error status. */
    private final class StreamReply implements Exchange, SseReader.Listener {

        private final Conn mine = conn;
        private final SseReader events = new SseReader(this);

        /** Events still in the buffer of a connection that was cut are not received: dropped. */
        @Override
        public void event(String id, String data) {
            if (conn == mine) {
                Client.this.event(id, data);
            }
        }

        @Override
        public void headers(int status, Map<String, String> headers) {
            if (status != 200) {
                ended("GET answered " + status);
            } else if (openedBy == OpenedBy.HEADERS && conn == mine) {
                open();
            }
        }

        @Override
        public void body(ByteBuffer bytes, int length) {
            events.feed(bytes, length);
        }

        @Override
        public void complete() {
            ended("the server ended the stream");
        }

        @Override
        public void failed(String reason) {
            ended(reason);
        }

        /** An end the driver did not cause: a real client resumes, and so does this one, a few times. */
        private void ended(String reason) {
            if (conn != mine) {
                return;
            }
            if (!ready) {
                setupFailed(reason);
                return;
            }
            unplannedEnds++;
            conn.abort();
            conn = null;
            if (opening) {
                opening = false;
                loop.opened();
            }
            if (unplannedEnds <= MAX_UNPLANNED_RESUMES) {
                resume();
            }
        }
    }
}
