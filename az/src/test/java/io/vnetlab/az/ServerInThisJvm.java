package io.vnetlab.az;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/** A resident server on a thread of this JVM, for one test: closing it stops it and waits for it to end. */
final class ServerInThisJvm implements AutoCloseable {

    private final AzServer server;
    private final Thread serving;
    private final Path endpoint;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private ServerInThisJvm(AzServer server, Path endpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.serving = new Thread(this::serve, "az-server-" + endpoint);
    }

    static ServerInThisJvm start(Path endpoint) throws IOException {
        return start(endpoint, () -> false);
    }

    static ServerInThisJvm start(Path endpoint, java.util.function.BooleanSupplier stale) throws IOException {
        ServerInThisJvm s = new ServerInThisJvm(AzServer.open(endpoint, java.time.Duration.ofMinutes(5), stale),
                endpoint);
        s.serving.setDaemon(true);
        s.serving.start();
        return s;
    }

    private void serve() {
        try {
            server.serve();
        } catch (Throwable t) {
            failure.set(t);
        }
    }

    Path endpoint() {
        return endpoint;
    }

    AzServer server() {
        return server;
    }

    /** Whether the server is still serving. */
    boolean serving() {
        return serving.isAlive();
    }

    /** Waits until the server has stopped serving by itself (at most a minute). */
    void awaitStopped() throws InterruptedException {
        serving.join(60_000);
        if (serving.isAlive()) {
            throw new AssertionError("the az server did not stop");
        }
    }

    @Override
    public void close() throws IOException {
        server.stop();
        try {
            awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the az server stopped", e);
        }
        if (failure.get() != null) {
            throw new AssertionError("the az server failed", failure.get());
        }
    }
}
