package org.mcpstreams.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A dependent bean's instance lives as long as its call: until it returns, or its stage completes. */
class BeanMethodTest {

    private final AtomicInteger released = new AtomicInteger();
    private final Target target = new Target();

    @Test
    void aMethodReturningAValueReleasesItsInstanceAtOnce() throws Exception {
        assertEquals("now", Beans.method(Target.class, "now").call(Beans.handingOut(target, released), new Object[0]));
        assertEquals(1, released.get());
    }

    @Test
    void aMethodReturningAStageReleasesItsInstanceWhenTheStageCompletes() throws Exception {
        Beans.method(Target.class, "later").call(Beans.handingOut(target, released), new Object[0]);
        assertEquals(0, released.get(), "still running");
        target.later.complete("done");
        assertEquals(1, released.get());
    }

    @Test
    void aMethodThatThrowsReleasesItsInstance() {
        assertThrows(IllegalStateException.class,
                () -> Beans.method(Target.class, "fails").call(Beans.handingOut(target, released), new Object[0]));
        assertEquals(1, released.get());
    }

    static class Target {
        final CompletableFuture<String> later = new CompletableFuture<>();

        String now() {
            return "now";
        }

        CompletableFuture<String> later() {
            return later;
        }

        String fails() {
            throw new IllegalStateException("no");
        }
    }
}
