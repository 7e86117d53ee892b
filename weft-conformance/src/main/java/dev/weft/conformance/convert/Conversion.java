package dev.weft.conformance.convert;

import java.util.Objects;

/** What the text parser made of one text form: a binary, or a rejection with the parser's message. */
public sealed interface Conversion {

    record Converted(byte[] bytes) implements Conversion {
        public Converted {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Converted c && java.util.Arrays.equals(bytes, c.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Converted[" + bytes.length + " bytes]";
        }
    }

    record Rejected(String message) implements Conversion {
        public Rejected {
            Objects.requireNonNull(message, "message");
        }
    }
}
