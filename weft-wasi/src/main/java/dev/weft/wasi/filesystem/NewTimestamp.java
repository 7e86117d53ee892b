package dev.weft.wasi.filesystem;

import java.time.Instant;

/** {@code new-timestamp}: leave a time as it is, set it to now, or to a given instant. */
public sealed interface NewTimestamp {
    record NoChange() implements NewTimestamp {
    }

    record Now() implements NewTimestamp {
    }

    record At(Instant instant) implements NewTimestamp {
    }
}
