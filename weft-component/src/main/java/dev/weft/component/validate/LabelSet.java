package dev.weft.component.validate;

import dev.weft.error.ValidationException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The labels of one record, variant, flags, enum or parameter list: non-empty, kebab-case, unique ignoring case. */
final class LabelSet {
    private final String what;
    private final String previousWhat;
    private final Map<String, String> seen = new HashMap<>();

    /** {@code what} is e.g. "record field name", {@code previousWhat} e.g. "field name". */
    LabelSet(String what, String previousWhat) {
        this.what = what;
        this.previousWhat = previousWhat;
    }

    void add(String label, long offset) throws ValidationException {
        if (label.isEmpty()) {
            throw new ValidationException(what + " cannot be empty", offset);
        }
        if (!KebabCase.isLabel(label)) {
            throw new ValidationException(what + " `" + label + "` is not in kebab case", offset);
        }
        String previous = seen.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
        if (previous != null) {
            throw new ValidationException(what + " `" + label + "` conflicts with previous " + previousWhat + " `"
                    + previous + "`", offset);
        }
    }
}
