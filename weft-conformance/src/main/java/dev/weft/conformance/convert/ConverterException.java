package dev.weft.conformance.convert;

/** The text-to-binary converter could not run at all (node or jco missing, process failed). */
public final class ConverterException extends Exception {
    public ConverterException(String message) {
        super(message);
    }

    public ConverterException(String message, Throwable cause) {
        super(message, cause);
    }
}
