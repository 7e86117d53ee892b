package dev.weft.app.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WeftMetricsTest {
    private static double sample(String scrape, String regex) {
        Matcher m = Pattern.compile("(?m)^" + regex + " ([0-9.eE+-]+)$").matcher(scrape);
        assertTrue(m.find(), "no sample " + regex + " in:\n" + scrape);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void countersAndHistogramsPerComponentInThePrometheusText() {
        WeftMetrics metrics = new WeftMetrics("shop");
        metrics.request("cart", 200, Duration.ofMillis(12));
        metrics.request("cart", 200, Duration.ofMillis(30));
        metrics.request("cart", 500, Duration.ofMillis(3));
        metrics.request("home", 200, Duration.ofMillis(1));
        metrics.instantiation("cart", Duration.ofNanos(80_000));
        metrics.trap("cart");
        metrics.limitHit("cart", LimitKind.DEADLINE);
        String text = metrics.scrape();

        assertEquals(2, sample(text, "weft_requests_total\\{app=\"shop\",component=\"cart\",status=\"200\"\\}"));
        assertEquals(1, sample(text, "weft_requests_total\\{app=\"shop\",component=\"cart\",status=\"500\"\\}"));
        assertEquals(3, sample(text, "weft_request_duration_seconds_count\\{app=\"shop\",component=\"cart\"\\}"));
        assertEquals(0.045, sample(text, "weft_request_duration_seconds_sum\\{app=\"shop\",component=\"cart\"\\}"), 1e-9);
        // histogram buckets: the 3 ms request is under a 5 ms bucket boundary, all three under +Inf
        assertEquals(3, sample(text, "weft_request_duration_seconds_bucket\\{app=\"shop\",component=\"cart\",le=\"\\+Inf\"\\}"));
        assertTrue(text.contains("weft_request_duration_seconds_bucket{app=\"shop\",component=\"cart\",le=\"0.005"), text);
        assertEquals(1, sample(text, "weft_instantiations_total\\{app=\"shop\",component=\"cart\"\\}"));
        assertEquals(1, sample(text, "weft_traps_total\\{app=\"shop\",component=\"cart\"\\}"));
        assertEquals(1, sample(text, "weft_limit_hits_total\\{app=\"shop\",component=\"cart\",limit=\"deadline\"\\}"));
        assertEquals(3, metrics.requestCount("cart"));
        assertEquals(1, metrics.requestCount("home"));
    }

    @Test
    void readinessFollowsTheHealthState() {
        WeftMetrics metrics = new WeftMetrics("a");
        assertEquals(HealthState.STARTING, metrics.health());
        assertEquals(0, sample(metrics.scrape(), "weft_ready\\{app=\"a\"\\}"));
        metrics.health(HealthState.READY);
        assertEquals(1, sample(metrics.scrape(), "weft_ready\\{app=\"a\"\\}"));
        assertTrue(HealthState.READY.live() && HealthState.READY.ready());
        assertTrue(HealthState.DRAINING.live());
        assertFalse(HealthState.DRAINING.ready());
        assertFalse(HealthState.STOPPED.live());
    }
}
