package dev.weft.conformance.run;

/** A form made ready for execution: its valid binary, or the outcome that ends the directive early. */
sealed interface Prepared {

    record Ready(byte[] binary) implements Prepared {
    }

    record Stop(Outcome outcome) implements Prepared {
    }
}
