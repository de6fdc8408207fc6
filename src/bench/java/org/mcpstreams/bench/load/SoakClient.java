package org.mcpstreams.bench.load;

import java.nio.ByteBuffer;
import java.util.Map;
import org.mcpstreams.bench.load.SoakTally.Count;

/**
 * One place in the soak's population, driven on the event loop's thread through the lives of
 * its sessions: opens a session and its GET stream (initialize, notifications/initialized, GET
 * with a priming event), has its connection cut and resumes with {@code Last-Event-ID}, or ends
 * the session with DELETE and opens a new one on the same connection. Every broadcast number it
 * receives goes through the session's {@link SessionLedger}; every status it did not expect is
 * counted. Each new connection passes the loop's gate and leaves it with its priming event.
 */
final class SoakClient {

    /** Where the client is in its session's life. */
    enum State { NEW, OPENING, LIVE, AWAY, RESUMING, DRAINING, DELETING, WAITING }

    private static final long RETRY_MILLIS = 1_000;
    /** How long the server has to end a GET stream after its session's DELETE. */
    private static final long DELETE_END_NANOS = 10_000_000_000L;

    private final int number;
    private final SoakContext context;
    private State state = State.NEW;
    private boolean gateHeld;
    private boolean everOpen;
    private Conn stream;
    private Conn retiring;
    private long retiringSinceNanos;
    private String session;
    private SessionLedger ledger;
    private String streamId;
    private long lastSeq;
    private String lastEventId;
    private long deleteAfter;

    SoakClient(int number, SoakContext context) {
        this.number = number;
        this.context = context;
    }

    State state() {
        return state;
    }

    /** Whether the driver may cut or replace it now: live, and no stream of an ended session pending. */
    boolean churnable() {
        return state == State.LIVE && retiring == null;
    }

    /** Broadcasts up to {@code upTo} its session should have received and has not (yet); 0 without a session. */
    long missing(long upTo) {
        return ledger == null ? 0 : ledger.missing(upTo);
    }

    /** Opens a new session: initialize, notifications/initialized, then the GET stream. */
    void start() {
        state = State.OPENING;
        enterGate(() -> initialize(context.loop().connect()));
    }

    /** Cuts the stream's connection as a network failure would; resumes after {@code awayMillis}. */
    void drop(long awayMillis) {
        abortStream();
        state = State.AWAY;
        context.tally().add(Count.DROPPED, 1);
        context.timers().after(awayMillis, this::resume);
    }

    /** Ends the session with DELETE once it has every broadcast up to {@code after}, then opens a new one. */
    void replace(long after) {
        deleteAfter = after;
        state = State.DRAINING;
        if (ledger.missing(after) == 0) {
            delete();
        }
    }

    /** Cuts the stream of an ended session that the server has not ended in time, and counts it. */
    void checkRetiring(long nowNanos) {
        if (retiring != null && nowNanos - retiringSinceNanos > DELETE_END_NANOS) {
            context.tally().add(Count.NOT_ENDED_AFTER_DELETE, 1);
            retiring.abort();
            retiring = null;
        }
    }

    private void initialize(Conn conn) {
        stream = conn;
        conn.send(context.requests().initialize(number),
                new Reply(reply -> initialized(conn, reply), reason -> failed(conn, "POST initialize", reason)));
    }

    private void initialized(Conn conn, Reply reply) {
        String id = reply.headers.get("mcp-session-id");
        if (reply.status != 200 || id == null) {
            refused(conn, "POST initialize", reply.status);
            return;
        }
        session = id;
        conn.send(context.requests().initialized(session),
                new Reply(next -> openStream(conn, next), reason -> failed(conn, "POST initialized", reason)));
    }

    private void openStream(Conn conn, Reply reply) {
        if (reply.status != 202) {
            refused(conn, "POST initialized", reply.status);
            return;
        }
        conn.send(context.requests().stream(session, null), new StreamReply(conn, "GET"));
    }

    private void resume() {
        state = State.RESUMING;
        enterGate(() -> {
            stream = context.loop().connect();
            stream.send(context.requests().stream(session, lastEventId), new StreamReply(stream, "GET resume"));
        });
    }

    /** The old GET stream stays open until the server ends it; its events no longer count. */
    private void delete() {
        state = State.DELETING;
        retiring = stream;
        retiringSinceNanos = System.nanoTime();
        stream = null;
        enterGate(() -> {
            Conn conn = context.loop().connect();
            stream = conn;
            conn.send(context.requests().delete(session),
                    new Reply(reply -> deleted(conn, reply), reason -> failed(conn, "DELETE", reason)));
        });
    }

    private void deleted(Conn conn, Reply reply) {
        if (reply.status != 200) {
            refused(conn, "DELETE", reply.status);
            return;
        }
        forgetSession();
        state = State.OPENING;
        initialize(conn);
    }

    private void event(Conn from, String id, String data) {
        int colon = id == null ? -1 : id.lastIndexOf(':');
        if (from != stream || colon < 0) {
            return;
        }
        String eventStream = id.substring(0, colon);
        long seq = Long.parseLong(id.substring(colon + 1));
        if (data.isEmpty()) {
            primed(eventStream, seq, id);
            return;
        }
        if (eventStream.equals(streamId) && seq <= lastSeq) {
            context.tally().add(Count.DUPLICATED, 1);
            return;
        }
        position(eventStream, seq, id);
        Stamp stamp = Stamp.parse(data);
        if (stamp != null && ledger != null) {
            ledger.receive(stamp.n(), context.tally());
            if (state == State.DRAINING && ledger.missing(deleteAfter) == 0) {
                delete();
            }
        }
    }

    /** The priming event: a new session's stream is open, or a resume is answered. */
    private void primed(String eventStream, long seq, String id) {
        if (state == State.OPENING) {
            ledger = new SessionLedger(context.broadcasts().next());
            if (everOpen) {
                context.tally().add(Count.REPLACED, 1);
            } else {
                everOpen = true;
                context.firstOpen().accept(this);
            }
        } else if (state == State.RESUMING) {
            context.tally().add(eventStream.equals(streamId) ? Count.RESUMED : Count.RESUMED_AS_NEW, 1);
        } else {
            return;
        }
        position(eventStream, seq, id);
        state = State.LIVE;
        leaveGate();
    }

    private void position(String eventStream, long seq, String id) {
        streamId = eventStream;
        lastSeq = seq;
        lastEventId = id;
    }

    /** A stream ended: expected after DELETE; otherwise a failed step, or an end the client resumes from. */
    private void ended(Conn conn, String reason) {
        if (conn == retiring) {
            context.tally().add(Count.ENDED_AFTER_DELETE, 1);
            retiring.abort();
            retiring = null;
        } else if (conn == stream && (state == State.OPENING || state == State.RESUMING)) {
            failed(conn, state == State.OPENING ? "GET" : "GET resume", reason);
        } else if (conn == stream) {
            context.tally().add(Count.UNPLANNED_ENDS, 1);
            abortStream();
            resume();
        }
    }

    /** A connection failed: resumes again, or opens a new session, a second later. */
    private void failed(Conn conn, String request, String reason) {
        if (conn != stream) {
            return;
        }
        context.tally().failure(request, reason);
        boolean resuming = state == State.RESUMING;
        abortStream();
        leaveGate();
        state = State.WAITING;
        context.timers().after(RETRY_MILLIS, resuming ? this::resume : this::start);
    }

    /** An unexpected status: the session is given up (what it had not received is lost) and a new one opened. */
    private void refused(Conn conn, String request, int status) {
        if (conn != stream) {
            return;
        }
        context.tally().status(request, status);
        if (ledger != null) {
            context.tally().add(Count.LOST, ledger.missing(context.broadcasts().completed()));
        }
        abortStream();
        leaveGate();
        forgetSession();
        state = State.WAITING;
        context.timers().after(RETRY_MILLIS, this::start);
    }

    private void forgetSession() {
        session = null;
        ledger = null;
        streamId = null;
        lastEventId = null;
        lastSeq = 0;
    }

    private void abortStream() {
        if (stream != null) {
            stream.abort();
            stream = null;
        }
    }

    private void enterGate(Runnable then) {
        context.loop().whenGateOpen(() -> {
            gateHeld = true;
            then.run();
        });
    }

    private void leaveGate() {
        if (gateHeld) {
            gateHeld = false;
            context.loop().opened();
        }
    }

    /** The response of a GET: an event stream, or a status the client did not expect. */
    private final class StreamReply implements Exchange, SseReader.Listener {

        private final Conn mine;
        private final String request;
        private final SseReader events = new SseReader(this);

        StreamReply(Conn mine, String request) {
            this.mine = mine;
            this.request = request;
        }

        @Override
        public void event(String id, String data) {
            SoakClient.this.event(mine, id, data);
        }

        @Override
        public void headers(int status, Map<String, String> headers) {
            if (status != 200) {
                refused(mine, request, status);
            }
        }

        @Override
        public void body(ByteBuffer bytes, int length) {
            events.feed(bytes, length);
        }

        @Override
        public void complete() {
            ended(mine, "the server ended the stream");
        }

        @Override
        public void failed(String reason) {
            ended(mine, reason);
        }
    }
}
