package dev.weft.server.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.server.ServerConfig;
import dev.weft.server.WeftServer;
import dev.weft.wasi.http.HandleOutcome;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A closed {@link WeftServer} leaves none of its threads (Jetty's, guest threads, the deadline timer) behind. */
class ServerThreadsTest {
    /** With either dispatch (the system property weft.server.dispatch picks it at start). */
    @ParameterizedTest
    @ValueSource(strings = {"pool", "inline"})
    void closeStopsEveryServerThreadEvenAfterADeadlineFired(String dispatch) throws Exception {
        Resources before = Resources.now();
        WeftServer server;
        System.setProperty("weft.server.dispatch", dispatch);
        try {
            server = WeftServer.start((request, sink) -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new HandleOutcome.GuestFailed("interrupted", false);
            }, ServerConfig.defaults().withAddress(new InetSocketAddress("127.0.0.1", 0))
                    .withDeadline(Duration.ofMillis(200)));
        } finally {
            System.clearProperty("weft.server.dispatch");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode());
        } finally {
            server.close();
        }
        List<String> left = List.of();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            left = Resources.now().newThreadsSince(before);
            left.removeIf(n -> n.startsWith("HttpClient-"));
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(List.of(), left, Resources.stacksOf(left));
    }
}
