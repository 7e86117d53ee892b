package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.Poller;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollerTest {
    @Test
    void pollWaitsForTheEarliestDeadlineAndReportsOnlyReadyOnes() {
        long start = System.nanoTime();
        Pollable soon = Pollable.deadline(start + 50_000_000L);
        Pollable late = Pollable.deadline(start + 5_000_000_000L);
        assertEquals(List.of(1), Poller.poll(List.of(late, soon)));
        long waited = System.nanoTime() - start;
        assertTrue(waited >= 50_000_000L && waited < 2_000_000_000L, "waited " + waited);
        assertTrue(!late.ready());
    }

    @Test
    void blockReturnsAtTheDeadline() {
        long start = System.nanoTime();
        Poller.block(Pollable.deadline(start + 30_000_000L));
        assertTrue(System.nanoTime() - start >= 30_000_000L);
    }

    @Test
    void exitCodeTravelsInsideTheTrap() {
        Trap trap = new WasiExit(42).asTrap();
        assertEquals(42, WasiExit.codeOf(trap).orElseThrow());
        assertTrue(WasiExit.codeOf(new Trap("unreachable")).isEmpty());
    }
}
