package dev.weft.wasi.http.types;

/**
 * The {@code response-outparam} resource: where the guest puts the response to the request it serves, once.
 */
public final class ResponseOutparam {
    /** Receives what the guest set. */
    public interface Receiver {
        /** The guest set {@code ok(response)}; the response headers can go out now. */
        void respond(OutgoingResponse response);

        /** The guest set {@code err(error-code)}. */
        void fail(String errorDescription);
    }

    private final Receiver receiver;
    private boolean set;

    public ResponseOutparam(Receiver receiver) {
        this.receiver = receiver;
    }

    /** Whether the guest already set it (a second {@code set} is a guest error). */
    public boolean isSet() {
        return set;
    }

    public void respond(OutgoingResponse response) {
        set = true;
        receiver.respond(response);
    }

    public void fail(String errorDescription) {
        set = true;
        receiver.fail(errorDescription);
    }
}
