package org.xxgk.cli.serve;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import org.xxgk.cli.batch.Conversions;

/**
 * A converter for server tests that must not depend on how fast a real conversion is: it
 * answers at once, or (held) waits until the test lets it go on.
 */
final class FakeConversions implements Conversions {

    /** Released once for each conversion that has started. */
    final Semaphore started = new Semaphore(0);
    private final CountDownLatch release;

    private FakeConversions(boolean held) {
        this.release = new CountDownLatch(held ? 1 : 0);
    }

    static FakeConversions instant() {
        return new FakeConversions(false);
    }

    static FakeConversions held() {
        return new FakeConversions(true);
    }

    void release() {
        release.countDown();
    }

    @Override
    public boolean isArchive(byte[] content, String name) {
        return false;
    }

    @Override
    public String convert(byte[] content, String name, boolean provenance) {
        started.release();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "{\"status\":\"ok\",\"bytes\":" + content.length + "}\n";
    }

    @Override
    public List<String> convertArchive(byte[] content, String name, boolean provenance) {
        return List.of(convert(content, name, provenance));
    }

    @Override
    public void close() {
        release();
    }
}
