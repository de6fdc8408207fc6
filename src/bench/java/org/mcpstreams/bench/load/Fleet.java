package org.mcpstreams.bench.load;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** The simulated clients and the event loop they share; the driver's handle on them. */
final class Fleet implements Client.Setup, AutoCloseable {

    private final EventLoop loop;
    private final Thread loopThread;
    private final List<Client> clients = new ArrayList<>();
    private final CountDownLatch initialized;
    private final CountDownLatch setUp;
    private final Map<String, Integer> failures = new TreeMap<>();

    /** Clients of one server, or of the nodes of a cluster, one port each ({@link Placement}). */
    Fleet(String host, List<Integer> ports, int size, int maxOpening, OpenedBy openedBy) {
        this.loop = new EventLoop(ports.stream().map(port -> new InetSocketAddress(host, port)).toList(), maxOpening);
        this.loopThread = new Thread(loop, "load-client-loop");
        this.initialized = new CountDownLatch(size);
        this.setUp = new CountDownLatch(size);
        List<Requests> nodes = ports.stream().map(port -> new Requests(host, port)).toList();
        for (int i = 0; i < size; i++) {
            clients.add(new Client(i, loop, Placement.of(i, nodes), this, openedBy));
        }
        loopThread.start();
    }

    /**
     * Initializes every client's session ({@code initialize}, {@code notifications/initialized}),
     * at most the loop's {@code maxOpening} at once.
     */
    void initialize(long timeoutSeconds) throws InterruptedException {
        each(Client::start);
        if (!initialized.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException(initialized.getCount() + " sessions not initialized after "
                    + timeoutSeconds + " s");
        }
    }

    /**
     * Opens every initialized client's GET stream, at most the loop's {@code maxOpening} at once.
     *
     * @return the failures of both steps by reason, empty when all streams are open
     */
    Map<String, Integer> openStreams(long timeoutSeconds) throws InterruptedException {
        each(Client::openStream);
        if (!setUp.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException(setUp.getCount() + " streams not open after " + timeoutSeconds + " s");
        }
        return loop.call(() -> new TreeMap<>(failures));
    }

    /** Starts counting {@code round} on every client. */
    void begin(Round round, int cutAfter) throws InterruptedException {
        loop.call(() -> {
            clients.forEach(client -> client.begin(round, cutAfter));
            return null;
        });
    }

    void cutAll() {
        each(Client::cut);
    }

    void resumeAll() {
        each(Client::resume);
    }

    int size() {
        return clients.size();
    }

    /** Sums {@code count} over the clients, on the loop's thread. */
    int sum(ToIntFunction<Client> count) throws InterruptedException {
        return loop.call(() -> clients.stream().mapToInt(count).sum());
    }

    @Override
    public void initialized(Client client) {
        initialized.countDown();
    }

    @Override
    public void ready(Client client) {
        setUp.countDown();
    }

    @Override
    public void failed(Client client, String reason) {
        failures.merge(reason, 1, Integer::sum);
        if (!client.initializedOnce()) {
            initialized.countDown();
        }
        setUp.countDown();
    }

    @Override
    public void close() throws InterruptedException {
        loop.stop();
        loopThread.join(10_000);
    }

    private void each(Consumer<Client> action) {
        loop.execute(() -> clients.forEach(action));
    }
}
