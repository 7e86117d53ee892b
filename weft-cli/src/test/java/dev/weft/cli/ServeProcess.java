package dev.weft.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code weft serve ARGS} in its own JVM; {@link #uri()} once it prints {@code Serving HTTP on …}. */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Serving HTTP on (http://\\S+)");

    private final Process process;
    private final Thread reader;
    private final StringBuffer stderr = new StringBuffer();
    private final CompletableFuture<URI> address = new CompletableFuture<>();

    private ServeProcess(List<String> args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                WeftCommand.class.getName(), "serve"));
        command.addAll(args);
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        reader = new Thread(this::readStderr, "serve-stderr");
        reader.start();
    }

    /** Starts {@code weft serve args…}. */
    static ServeProcess start(String... args) throws Exception {
        return new ServeProcess(List.of(args));
    }

    private void readStderr() {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                stderr.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    address.complete(URI.create(m.group(1)));
                }
            }
            address.completeExceptionally(new AssertionError("weft serve exited: " + stderr));
        } catch (Exception e) {
            address.completeExceptionally(e);
        }
    }

    /** The server's base URI, once it listens (fails with what it printed if it exited instead). */
    URI uri() throws Exception {
        return address.get(90, TimeUnit.SECONDS);
    }

    /** Everything printed on stderr so far (the access log among it). */
    String stderr() {
        return stderr.toString();
    }

    /**
     * Waits (up to 20 s) until stderr holds {@code fragment}: the server writes a request's access-log line after
     * the response went out, so a client can see the response before the line exists.
     */
    void awaitLog(String fragment) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!stderr.toString().contains(fragment) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    /** SIGTERM (a graceful stop); true when the process ended within 30 s. */
    boolean stop() throws InterruptedException {
        process.destroy();
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
        return ended;
    }

    @Override
    public void close() throws InterruptedException {
        if (!stop()) {
            process.destroyForcibly();
        }
    }
}
