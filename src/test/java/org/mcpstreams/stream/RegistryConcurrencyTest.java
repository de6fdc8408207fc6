package org.mcpstreams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mcpstreams.config.ConfigKeys;
import org.mcpstreams.testsupport.AdjustableClock;
import org.mcpstreams.testsupport.RecordingSink;

/**
 * Senders, resumers, an opener-closer and a sweeper work on one registry at once, on a real thread
 * pool. Whatever the interleaving, each connection sees consecutive events from where it resumed,
 * every event is seen by some connection or reported missed, and none is recorded twice.
 */
class RegistryConcurrencyTest {

    private static final int SENDERS = 8;
    private static final int SENDS_EACH = 2_000;
    private static final int RESUMERS = 2;
    private static final int OPENS = 40;
    private static final int DELIVERIES = 2_000;
    private static final StreamScope ROUTED = new StreamScope("routed", null);

    private final TrackingExecutor pool = new TrackingExecutor(4);
    private final StreamRegistry registry = new StreamRegistry(Limits.defaults()
            .set(ConfigKeys.STREAMS_BUFFER_EVENTS, 64)
            .set(ConfigKeys.STREAMS_KEEP_ALIVE, 0)
            .build(), AdjustableClock.frozen(), pool);
    private final List<Track> tracks = new CopyOnWriteArrayList<>();
    private final List<Track> routedTracks = new CopyOnWriteArrayList<>();
    private final AtomicLong routed = new AtomicLong();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final CountDownLatch sendersLeft = new CountDownLatch(SENDERS);
    private final AtomicLong sent = new AtomicLong();

    @AfterEach
    void stopPool() {
        pool.close();
    }

    @Test
    @Timeout(20)
    void concurrentSendsResumesAndClosesLoseAndDuplicateNothing() throws Exception {
        for (int i = 0; i < 8; i++) {
            tracks.add(openTrack(new StreamScope("session-" + i % 4, null), i % 2 == 0));
        }
        for (int i = 0; i < 3; i++) {
            routedTracks.add(openTrack(ROUTED, i % 2 == 0));
        }
        runAll(workers());
        assertTrue(pool.awaitQuiet(Duration.ofSeconds(5)), "drains still running");
        for (Track track : everyTrack()) {
            if (!track.closed) {
                resumeOnce(track, new RecordingSink());
            }
        }
        assertTrue(pool.awaitQuiet(Duration.ofSeconds(5)), "final replays still running");

        assertEquals(List.of(), List.copyOf(problems));
        Map<String, String> placeOfMessage = new HashMap<>();
        long missedTotal = 0;
        for (Track track : everyTrack()) {
            missedTotal += assertConsistent(track, placeOfMessage);
        }
        assertEquals(missedTotal, registry.stats().replayGap());
        assertEquals(DELIVERIES, routed.get());
        long recordedOnRouted = 0;
        for (Track track : routedTracks) {
            recordedOnRouted += lastSeq(track);
        }
        assertEquals(DELIVERIES, recordedOnRouted, "each delivered message recorded on exactly one stream");
        assertEquals(0, registry.stats().writeFailed());
    }

    private List<Runnable> workers() {
        List<Runnable> workers = new ArrayList<>();
        for (int t = 0; t < SENDERS; t++) {
            int thread = t;
            workers.add(() -> send(thread));
        }
        for (int t = 0; t < RESUMERS; t++) {
            int thread = t;
            workers.add(() -> resume(thread));
        }
        workers.add(this::openAndClose);
        workers.add(this::deliver);
        workers.add(() -> {
            while (sendersLeft.getCount() > 0) {
                registry.sweep();
                Thread.yield();
            }
        });
        return workers;
    }

    private void send(int thread) {
        Random random = new Random(thread);
        for (int i = 0; i < SENDS_EACH; i++) {
            Track track = tracks.get(random.nextInt(tracks.size()));
            if (registry.send(track.sid, "t" + thread + "-" + i)) {
                track.accepted.incrementAndGet();
            }
            sent.incrementAndGet();
            Thread.yield();
        }
        sendersLeft.countDown();
    }

    private void deliver() {
        for (int i = 0; i < DELIVERIES; i++) {
            Routed outcome = registry.router().deliver(ROUTED.sessionId(), "d-" + i);
            if (outcome == Routed.LIVE || outcome == Routed.RECORDED) {
                routed.incrementAndGet();
            } else {
                problems.add("deliver d-" + i + " was " + outcome);
            }
            Thread.yield();
        }
    }

    /** Reconnects dropped connections, as clients do, and now and then takes over a live one. */
    private void resume(int thread) {
        Random random = new Random(100 + thread);
        while (sendersLeft.getCount() > 0) {
            List<Track> from = random.nextInt(4) == 0 ? routedTracks : tracks;
            Track track = from.get(random.nextInt(from.size()));
            if (!track.closed && (track.dropped() || random.nextInt(20) == 0)) {
                resumeOnce(track, random.nextBoolean() ? new RecordingSink() : new RecordingSink(pool));
            } else {
                Thread.yield();
            }
        }
    }

    /** Opens streams, closes and disconnects some, spread over the senders' run. */
    private void openAndClose() {
        Random random = new Random(200);
        for (int i = 0; i < OPENS; i++) {
            while (sent.get() < (long) i * SENDERS * SENDS_EACH / OPENS && sendersLeft.getCount() > 0) {
                Thread.yield();
            }
            tracks.add(openTrack(new StreamScope("session-" + random.nextInt(6), null), i % 2 == 0));
            Track some = tracks.get(random.nextInt(tracks.size()));
            if (i % 4 == 3) {
                some.closed = true;
                registry.close(some.sid);
            } else if (i % 4 == 1) {
                registry.disconnect(some.sid);
            }
        }
    }

    private Track openTrack(StreamScope scope, boolean laterSink) {
        RecordingSink sink = laterSink ? new RecordingSink(pool) : new RecordingSink();
        Track track = new Track(scope);
        synchronized (track) {
            track.sid = registry.open(scope, StreamKind.SESSION, Priming.EVENT, sink);
            track.attachments.add(new Attachment(sink, -1, 0));
        }
        return track;
    }

    private List<Track> everyTrack() {
        List<Track> all = new ArrayList<>(tracks);
        all.addAll(routedTracks);
        return all;
    }

    private long lastSeq(Track track) {
        List<StreamEvent> kept = registry.replayAfter(new EventId(track.sid, 0));
        return kept.isEmpty() ? 0 : kept.get(kept.size() - 1).seq();
    }

    /** Resumes from the last id the track's current connection saw, as its client would. */
    private void resumeOnce(Track track, RecordingSink sink) {
        synchronized (track) {
            Attachment current = track.attachments.get(track.attachments.size() - 1);
            String last = current.sink.lastEventId();
            long from = last != null ? EventId.parse(last).get().seq() : Math.max(0, current.from);
            Resume outcome = registry.resume(track.scope, track.sid + ":" + from, sink);
            if (outcome instanceof Resume.Resumed resumed) {
                track.attachments.add(new Attachment(sink, from, resumed.missed()));
            } else if (!(outcome instanceof Resume.Unknown) || !track.closed) {
                problems.add("resume of " + track.sid + ":" + from + " gave " + outcome);
            }
        }
    }

    /**
     * Checks one stream's connections; returns the events they reported missed. Every message
     * text is unique, so {@code placeOfMessage} (text to {@code sid:seq}) catches one message
     * recorded twice, on this stream or any other.
     */
    private long assertConsistent(Track track, Map<String, String> placeOfMessage) {
        Map<Long, String> seen = new HashMap<>();
        Set<Long> reportedMissed = new HashSet<>();
        long missed = 0;
        for (Attachment a : track.attachments) {
            List<EventId> ids = a.sink.ids();
            List<String> lines = a.sink.lines();
            for (int i = 0; i < ids.size(); i++) {
                long expected = i == 0 ? a.from + a.missed + 1 : ids.get(i - 1).seq() + 1;
                assertEquals(expected, ids.get(i).seq(), track.sid + " sink " + track.attachments.indexOf(a));
                String data = lines.get(i).substring(lines.get(i).indexOf(" data: ") + 7);
                String before = seen.putIfAbsent(ids.get(i).seq(), data);
                assertTrue(before == null || before.equals(data), "seq " + ids.get(i) + " carried two messages");
                String place = placeOfMessage.putIfAbsent(data, ids.get(i).toString());
                assertTrue(ids.get(i).seq() == 0 || place == null || place.equals(ids.get(i).toString()),
                        data + " recorded at " + place + " and " + ids.get(i));
            }
            assertEquals(0, a.sink.overlaps(), "overlapping writes on " + track.sid);
            for (long s = a.from + 1; s <= a.from + a.missed; s++) {
                reportedMissed.add(s);
            }
            missed += a.missed;
        }
        if (!track.closed) {
            long last = lastSeq(track);
            for (long s = 1; s <= last; s++) {
                assertTrue(seen.containsKey(s) || reportedMissed.contains(s), track.sid + ":" + s + " lost");
            }
            if (track.scope != ROUTED) {
                assertEquals(track.accepted.get(), last, "events recorded on " + track.sid);
            }
        }
        return missed;
    }

    private void runAll(List<Runnable> workers) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Runnable work : workers) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    work.run();
                } catch (Throwable e) {
                    problems.add(e.toString());
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(10_000);
            assertFalse(thread.isAlive(), "a worker did not finish");
        }
    }

    private static final class Track {
        final StreamScope scope;
        final List<Attachment> attachments = new ArrayList<>();
        final AtomicLong accepted = new AtomicLong();
        volatile String sid;
        volatile boolean closed;

        Track(StreamScope scope) {
            this.scope = scope;
        }

        /** True when the current connection was closed (dropped, replaced or ended). */
        synchronized boolean dropped() {
            return attachments.get(attachments.size() - 1).sink().closes() > 0;
        }
    }

    /** One connection of a stream: it should see events from {@code from + missed + 1} on. */
    private record Attachment(RecordingSink sink, long from, long missed) {
    }
}
