package dev.weft.wasi.http.types;

import dev.weft.error.Trap;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.Locale;
import java.util.Optional;

/**
 * A URI scheme: {@code wasi:http/types.scheme}. {@code HTTP} and {@code HTTPS} are named cases (matched without
 * regard to case); others are {@code other(name)} and must follow RFC 3986 scheme syntax.
 */
public record Scheme(String name) {
    public static final Scheme HTTP = new Scheme("http");
    public static final Scheme HTTPS = new Scheme("https");

    private static final int MAX_LENGTH = 64;

    public Scheme {
        if (!isValid(name)) {
            throw new IllegalArgumentException("invalid URI scheme `" + name + "`");
        }
        name = name.toLowerCase(Locale.ROOT);
    }

    /** ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), at most 64 characters. */
    public static boolean isValid(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH || !isAlpha(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public boolean isHttps() {
        return name.equals("https");
    }

    /** The port used when the authority names none: 443 for https, 80 otherwise. */
    public int defaultPort() {
        return isHttps() ? 443 : 80;
    }

    public Val toVal() {
        return switch (name) {
            case "http" -> new VariantVal("HTTP", Optional.empty());
            case "https" -> new VariantVal("HTTPS", Optional.empty());
            default -> new VariantVal("other", Optional.of(new StringVal(name)));
        };
    }

    /**
     * The scheme of a {@code scheme} value.
     *
     * @throws IllegalArgumentException for {@code other} with an invalid name (the guest gets an error)
     */
    public static Scheme fromVal(Val v) throws Trap {
        if (!(v instanceof VariantVal variant)) {
            throw new Trap("expected a wasi:http scheme, got " + v);
        }
        return switch (variant.caseName()) {
            case "HTTP" -> HTTP;
            case "HTTPS" -> HTTPS;
            case "other" -> {
                if (!(variant.payload().orElse(null) instanceof StringVal s)) {
                    throw new Trap("scheme.other without a string payload: " + v);
                }
                yield new Scheme(s.value());
            }
            default -> throw new Trap("unknown wasi:http scheme case " + variant.caseName());
        };
    }
}
