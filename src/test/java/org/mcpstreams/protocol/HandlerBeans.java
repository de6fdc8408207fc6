package org.mcpstreams.protocol;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.mcpstreams.api.RequestHandler;
import org.mcpstreams.config.McpConfig;
import org.mcpstreams.input.InputRounds;
import org.mcpstreams.input.RequestStates;
import org.mcpstreams.session.SessionStore;

/**
 * The handler beans CDI would find, as the {@link Instance} the {@link Dispatcher} iterates.
 * Only iteration is supported: it is all the dispatcher uses.
 */
final class HandlerBeans implements Instance<RequestHandler> {

    private final List<RequestHandler> handlers;

    HandlerBeans(RequestHandler... handlers) {
        this.handlers = List.of(handlers);
    }

    /**
     * A dispatcher as CDI would make it, its {@code @PostConstruct} run; cancel actions run at once,
     * on the caller's thread, and a cancelled call's grace never ends.
     */
    static Dispatcher dispatcher(PendingClientRequests pending, SessionStore sessions,
            RequestHandler... handlers) {
        return dispatcher(pending, sessions, new CallShares(() -> 8, () -> 1_000), task -> { }, handlers);
    }

    /**
     * A dispatcher as CDI would make it, with these shares; a cancelled call's grace ends when
     * {@code afterGrace} runs the task it is given.
     */
    static Dispatcher dispatcher(PendingClientRequests pending, SessionStore sessions, CallShares shares,
            Executor afterGrace, RequestHandler... handlers) {
        Dispatcher dispatcher = new Dispatcher(new HandlerBeans(handlers), pending, sessions,
                new InputRounds(new RequestStates(McpConfig.DEFAULTS.inputRequired(), Clock.systemUTC())),
                shares, Runnable::run, UnaryOperator.identity(), afterGrace, PeerSignals.none());
        dispatcher.findHandlers();
        return dispatcher;
    }

    @Override
    public Iterator<RequestHandler> iterator() {
        return handlers.iterator();
    }

    @Override
    public RequestHandler get() {
        throw unused();
    }

    @Override
    public Instance<RequestHandler> select(Annotation... qualifiers) {
        throw unused();
    }

    @Override
    public <U extends RequestHandler> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw unused();
    }

    @Override
    public <U extends RequestHandler> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw unused();
    }

    @Override
    public boolean isUnsatisfied() {
        return handlers.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
        return handlers.size() > 1;
    }

    @Override
    public void destroy(RequestHandler instance) {
        throw unused();
    }

    @Override
    public Handle<RequestHandler> getHandle() {
        throw unused();
    }

    @Override
    public Iterable<? extends Handle<RequestHandler>> handles() {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("the Dispatcher only iterates its handler beans");
    }
}
