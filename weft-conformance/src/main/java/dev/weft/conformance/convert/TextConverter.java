package dev.weft.conformance.convert;

import java.util.Collection;
import java.util.Map;

/** Turns text-format components (and core modules) into binaries. */
public interface TextConverter {

    /**
     * Converts every text; the result maps each given text to its conversion. Implementations should convert
     * many texts at once, since starting the parser is the slow part.
     */
    Map<String, Conversion> convertAll(Collection<String> texts) throws ConverterException;
}
