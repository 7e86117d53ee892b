package dev.weft.wasi.http.types;

import dev.weft.error.Trap;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP method: {@code wasi:http/types.method}. The nine named cases are upper-case tokens ({@code GET} …
 * {@code PATCH}); anything else is {@code other(token)}, kept as given (methods are case-sensitive).
 */
public record Method(String token) {
    private static final List<String> NAMED = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
            "TRACE", "PATCH");

    public static final Method GET = new Method("GET");
    /** The values of the named cases, made once: {@link #toVal} runs for every request the guest reads. */
    private static final java.util.Map<String, Val> NAMED_VALS = named();

    public Method {
        if (!isValidToken(token)) {
            throw new IllegalArgumentException("invalid HTTP method `" + token + "`");
        }
    }

    /** Whether {@code token} is a valid method name (an RFC 9110 token). */
    public static boolean isValidToken(String token) {
        return FieldSyntax.isValidName(token);
    }

    public Val toVal() {
        Val named = NAMED_VALS.get(token);
        return named != null ? named : new VariantVal("other", Optional.of(new StringVal(token)));
    }

    private static java.util.Map<String, Val> named() {
        java.util.Map<String, Val> vals = new java.util.HashMap<>();
        for (String m : NAMED) {
            vals.put(m, new VariantVal(m.toLowerCase(Locale.ROOT), Optional.empty()));
        }
        return java.util.Map.copyOf(vals);
    }

    /**
     * The method of a {@code method} value.
     *
     * @throws IllegalArgumentException for {@code other} with an invalid token (the guest gets an error)
     */
    public static Method fromVal(Val v) throws Trap {
        if (!(v instanceof VariantVal variant)) {
            throw new Trap("expected a wasi:http method, got " + v);
        }
        if (variant.caseName().equals("other")) {
            if (!(variant.payload().orElse(null) instanceof StringVal s)) {
                throw new Trap("method.other without a string payload: " + v);
            }
            return new Method(s.value());
        }
        String upper = variant.caseName().toUpperCase(Locale.ROOT);
        if (!NAMED.contains(upper)) {
            throw new Trap("unknown wasi:http method case " + variant.caseName());
        }
        return new Method(upper);
    }
}
