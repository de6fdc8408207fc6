package org.mcpstreams.bench.load;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The soak's clients and the event loop they share. On every {@link #tick} it runs the clients'
 * due actions and, while churning, cuts and replaces its share of live clients, chosen at random;
 * the driver reads the counts through it. Everything but the constructor, {@link #open},
 * {@link #tick} and the reads runs on the loop's thread.
 */
final class SoakFleet implements AutoCloseable {

    /** How often the driver ticks, in ms. */
    static final long TICK_MILLIS = 100;
    private static final int PICK_TRIES = 20;
    private static final long TICKS_PER_SECOND = 1000 / TICK_MILLIS;

    private final EventLoop loop;
    private final Thread loopThread;
    private final List<SoakClient> clients = new ArrayList<>();
    private final SoakTally tally = new SoakTally();
    private final Timers timers = new Timers();
    private final Broadcaster broadcasts;
    private final Churn churn;
    private final Random random = new Random(1);
    private final CountDownLatch firstOpen;
    private boolean churning;
    private double dropCredit;
    private double replaceCredit;
    private long ticks;

    SoakFleet(String host, int port, int size, int maxOpening, Broadcaster broadcasts, Churn churn) {
        this.loop = new EventLoop(new InetSocketAddress(host, port), maxOpening);
        this.loopThread = new Thread(loop, "soak-client-loop");
        this.broadcasts = broadcasts;
        this.churn = churn;
        this.firstOpen = new CountDownLatch(size);
        SoakContext context = new SoakContext(loop, new Requests(host, port), tally, timers, broadcasts,
                client -> firstOpen.countDown());
        for (int i = 0; i < size; i++) {
            clients.add(new SoakClient(i, context));
        }
        loopThread.start();
    }

    /** Opens every client's first session and stream; failed steps are retried, and counted. */
    void open(long timeoutSeconds) throws InterruptedException {
        loop.execute(() -> clients.forEach(SoakClient::start));
        if (!firstOpen.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException(firstOpen.getCount() + " streams not open after " + timeoutSeconds + " s");
        }
    }

    /** Runs the due actions and the churn of one tick, on the loop; called every {@link #TICK_MILLIS} ms. */
    void tick() {
        loop.execute(this::onTick);
    }

    void startChurn() throws InterruptedException {
        loop.call(() -> churning = true);
    }

    /** Stops cutting and replacing; resumes and DELETEs under way go on. */
    void stopChurn() throws InterruptedException {
        loop.call(() -> churning = false);
    }

    SoakCounts counts() throws InterruptedException {
        return loop.call(tally::snapshot);
    }

    /** How many clients are in each state. */
    Map<SoakClient.State, Integer> states() throws InterruptedException {
        return loop.call(() -> {
            Map<SoakClient.State, Integer> states = new EnumMap<>(SoakClient.State.class);
            clients.forEach(client -> states.merge(client.state(), 1, Integer::sum));
            return states;
        });
    }

    /** Broadcasts up to {@code upTo} that live sessions should have received and have not (yet). */
    long missing(long upTo) throws InterruptedException {
        return loop.call(() -> clients.stream().mapToLong(client -> client.missing(upTo)).sum());
    }

    /** Whether every client is live and nothing is due: no resume waiting, no retry, no DELETE under way. */
    boolean settled() throws InterruptedException {
        return loop.call(() -> timers.isEmpty()
                && clients.stream().allMatch(client -> client.state() == SoakClient.State.LIVE));
    }

    @Override
    public void close() throws InterruptedException {
        loop.stop();
        loopThread.join(10_000);
    }

    private void onTick() {
        timers.runDue();
        if (churning) {
            dropCredit += churn.dropsPerMinute() / (60.0 * TICKS_PER_SECOND);
            for (; dropCredit >= 1; dropCredit--) {
                pick().ifPresent(client -> client.drop(random.nextInt(churn.maxAwayMillis() + 1)));
            }
            replaceCredit += churn.replacementsPerMinute() / (60.0 * TICKS_PER_SECOND);
            for (; replaceCredit >= 1; replaceCredit--) {
                pick().ifPresent(client -> client.replace(broadcasts.completed()));
            }
        }
        if (++ticks % TICKS_PER_SECOND == 0) {
            long now = System.nanoTime();
            clients.forEach(client -> client.checkRetiring(now));
        }
    }

    /** A client chosen at random among those that may be churned now; none when a few tries find none. */
    private Optional<SoakClient> pick() {
        for (int i = 0; i < PICK_TRIES; i++) {
            SoakClient client = clients.get(random.nextInt(clients.size()));
            if (client.churnable()) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }


    /**
     * How much the fleet churns.
     *
     * @param dropsPerMinute connections cut per minute, each resumed after a random time up to {@code maxAwayMillis}
     * @param replacementsPerMinute sessions ended with DELETE and replaced per minute
     */
    record Churn(double dropsPerMinute, double replacementsPerMinute, int maxAwayMillis) {
    }
}
