package dev.weft.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import dev.weft.conformance.wast.Action;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TimeLimitedCheckerTest {

    @Test
    void passesVerdictsThrough() {
        ComponentChecker checker = new TimeLimitedChecker(binary -> {
            switch (binary.length) {
                case 1 -> throw new DecodeException("short", 0);
                case 2 -> throw new ValidationException("bad", 1);
                case 3 -> throw new IllegalStateException("bug");
                default -> { }
            }
        }, new TimeLimit(Duration.ofSeconds(5)));
        assertEquals("short (at offset 0x0)", assertThrows(DecodeException.class,
                () -> checker.check(new byte[1])).getMessage());
        assertThrows(ValidationException.class, () -> checker.check(new byte[2]));
        assertThrows(IllegalStateException.class, () -> checker.check(new byte[3]));
    }

    @Test
    void hangingCheckTimesOutAndLaterChecksStillRun() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ComponentChecker checker = new TimeLimitedChecker(binary -> {
            if (binary.length == 0) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    while (true) {
                        Thread.onSpinWait(); // ignores interruption, like a real hang would
                        if (never.getCount() == 0) {
                            return;
                        }
                    }
                }
            }
        }, new TimeLimit(Duration.ofMillis(200)));
        assertThrows(TimeLimit.TimeoutExceededException.class, () -> checker.check(new byte[0]));
        checker.check(new byte[8]);
        never.countDown();
    }

    @Test
    void hangingGuestCallFailsOnlyThatCall() throws Exception {
        Fakes.Executor executor = new Fakes.Executor();
        ScriptSession session = new TimeLimitedExecutor(executor, new TimeLimit(Duration.ofMillis(200))).open("s");
        assertThrows(TimeLimit.TimeoutExceededException.class,
                () -> session.invoke(new Action.Invoke(Optional.empty(), "forever", List.of())));
        assertEquals(List.of(), session.invoke(new Action.Invoke(Optional.empty(), "f", List.of())));
        executor.release.countDown();
    }
}
