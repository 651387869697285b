package io.vnetlab.az;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A resident JVM that answers {@code bin/az} calls, so that a call costs a connection instead of a JVM start (a
 * script of a hundred {@code az} lines would otherwise start a hundred JVMs). Each call is answered exactly as a
 * JVM of its own answers it ({@link AzMain#call}): the state file stays the truth between calls, read and written
 * under its lock by every call, so a server and one-off JVMs can serve the same file.
 *
 * <p>Its lifetime is bounded and it never outlives its reason to exist: it stops
 * <ul>
 *   <li>after {@code idle} without a call (the launcher's default: {@link #DEFAULT_IDLE});</li>
 *   <li>as soon as its endpoint file is removed or names another server (a {@code ./mvnw clean}, a newer server);</li>
 *   <li>when the build it was started from changes ({@code stale}, checked before each call, which it then leaves
 *   unanswered so that the client starts a server of the new build).</li>
 * </ul>
 *
 * <p>The conversation, one call per connection on the loopback interface: the client sends NUL-terminated fields —
 * the token of the endpoint file, its working directory, its {@code $VNETLAB_STATE} (empty when unset), the number
 * of arguments, then each argument; the server answers a line {@code EXIT ERRBYTES}, then standard error's bytes,
 * then standard output until it closes the connection. A stale server answers {@code stale 0} instead. The endpoint
 * file ({@code PORT TOKEN PID}, readable by its owner only) is what a client needs to connect: the token keeps other
 * local users' connections out.
 */
final class AzServer {

    /** How long the server launched by {@code bin/az} waits for the next call before it stops. */
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(5);

    /** A client that connects and says nothing is dropped after this long, so it cannot hold up the next call. */
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    /** How often the accept loop wakes to check its idle time and its endpoint file. */
    private static final int TICK_MILLIS = 500;

    /** Far beyond any command line (the kernel's own limit is 2 MiB): a bound so a stray client cannot exhaust memory. */
    private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    private final ServerSocket socket;
    private final Path endpoint;
    private final String token;
    private final Duration idle;
    private final BooleanSupplier stale;
    private final ResidentStates states = new ResidentStates();

    private AzServer(ServerSocket socket, Path endpoint, String token, Duration idle, BooleanSupplier stale) {
        this.socket = socket;
        this.endpoint = endpoint;
        this.token = token;
        this.idle = idle;
        this.stale = stale;
    }

    /**
     * A server listening on a free loopback port, its endpoint published in {@code endpoint} (made readable by its
     * owner only, in a directory made if missing).
     */
    static AzServer open(Path endpoint, Duration idle, BooleanSupplier stale) throws IOException {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        ServerSocket socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        AzServer server = new AzServer(socket, endpoint.toAbsolutePath(), HexFormat.of().formatHex(secret), idle,
                stale);
        try {
            server.publish();
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
        return server;
    }

    /** The line a client reads from the endpoint file: port, token, process id. */
    String endpointLine() {
        return socket.getLocalPort() + " " + token + " " + ProcessHandle.current().pid() + "\n";
    }

    private void publish() throws IOException {
        Path dir = Files.createDirectories(endpoint.getParent());
        Path tmp = Files.createTempFile(dir, "." + endpoint.getFileName() + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, endpointLine(), StandardCharsets.UTF_8);
            Files.move(tmp, endpoint, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Answers calls, one at a time, until one of the reasons to stop holds; then removes its endpoint file. */
    void serve() throws IOException {
        try (socket) {
            socket.setSoTimeout(TICK_MILLIS);
            long lastCall = System.nanoTime();
            while (System.nanoTime() - lastCall < idle.toNanos() && ownsEndpoint()) {
                Socket client;
                try {
                    client = socket.accept();
                } catch (SocketTimeoutException tick) {
                    continue;
                }
                lastCall = System.nanoTime();
                try (client) {
                    if (!answer(client)) {
                        return;
                    }
                } catch (IOException | RuntimeException dropped) {
                    // a client gone mid-call (its script interrupted), or not speaking this conversation, costs only
                    // its own call
                }
            }
        } finally {
            if (ownsEndpoint()) {
                Files.deleteIfExists(endpoint);
            }
            states.keepSnapshots();
        }
    }

    /** Stops serving at the next tick (the endpoint file is what says which server answers). */
    void stop() throws IOException {
        if (ownsEndpoint()) {
            Files.deleteIfExists(endpoint);
        }
    }

    private boolean ownsEndpoint() {
        try {
            return Files.readString(endpoint, StandardCharsets.UTF_8).equals(endpointLine());
        } catch (IOException gone) {
            return false;
        }
    }

    /** One call; false when the server must stop serving (its build changed). */
    private boolean answer(Socket client) throws IOException {
        client.setSoTimeout(READ_TIMEOUT_MILLIS);
        InputStream in = new BufferedInputStream(client.getInputStream());
        int[] budget = {MAX_REQUEST_BYTES};
        byte[] presented = field(in, budget).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, token.getBytes(StandardCharsets.UTF_8))) {
            return true;   // not a client of this endpoint: no answer
        }
        Path workingDirectory = Path.of(field(in, budget));
        String stateVariable = field(in, budget);
        int count = Integer.parseInt(field(in, budget));
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(field(in, budget));
        }
        OutputStream out = client.getOutputStream();
        if (stale.getAsBoolean()) {
            out.write("stale 0\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return false;
        }
        AzResult r = AzMain.call(workingDirectory, stateVariable, args, Optional.of(states));
        byte[] err = r.err().getBytes(StandardCharsets.UTF_8);
        out.write((r.exitCode() + " " + err.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(err);
        out.write(r.out().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return true;
    }

    /** The next NUL-terminated field, as UTF-8. */
    private static String field(InputStream in, int[] budget) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != 0; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the client closed the connection mid-call");
            }
            if (--budget[0] < 0) {
                throw new IOException("a call larger than any command line");
            }
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
