package dev.weft.wave;

import java.util.List;
import java.util.Optional;

/**
 * Parses {@code name(args…)}. The name grammar is wasm-wave's function-name token (which
 * {@code wasmtime run --invoke} uses): {@code ((label:label)/)?label(.label)?(@x.y.z)?}, labels without
 * {@code %}; Weft also accepts a semver pre-release/build suffix ({@code @0.3.0-rc-2025-09-16}). As in wasmtime,
 * {@code [constructor]}, {@code [method]} and {@code [static]} names cannot be invoked this way.
 */
final class WaveCallParser {
    private final WaveSource src;
    private int pos;

    WaveCallParser(WaveSource src) {
        this.src = src;
    }

    WaveCall parse() throws WaveException {
        while (isSpace(src.at(pos))) {
            pos++;
        }
        int nameStart = pos;
        if (src.at(pos) == '[') {
            throw src.error(WaveErrorKind.INVALID_NAME, "resource functions ([constructor], [method], [static]) "
                    + "cannot be invoked by name; expected a function name", WaveSpan.of(pos, pos + 1));
        }
        String first = label("a function name");
        Optional<String> namespace = Optional.empty();
        Optional<String> pkg = Optional.empty();
        String name = first;
        if (src.at(pos) == ':') {
            pos++;
            namespace = Optional.of(first);
            pkg = Optional.of(label("a package name after `:`"));
            if (src.at(pos) != '/') {
                throw src.error(WaveErrorKind.INVALID_NAME, "expected `/` after package name",
                        WaveSpan.of(pos, pos + 1));
            }
            pos++;
            name = label("an interface or function name after `/`");
        }
        Optional<String> iface = Optional.empty();
        if (src.at(pos) == '.') {
            pos++;
            iface = Optional.of(name);
            name = label("a function name after `.`");
        }
        Optional<String> version = Optional.empty();
        if (src.at(pos) == '@') {
            int at = pos++;
            version = Optional.of(version());
            if (pkg.isEmpty()) {
                throw src.error(WaveErrorKind.INVALID_NAME, "a version needs a package (ns:pkg/iface.func@1.0.0)",
                        WaveSpan.of(at, pos));
            }
        }
        WaveSpan nameSpan = WaveSpan.of(nameStart, pos);
        WaveCallTarget target = new WaveCallTarget(namespace, pkg, iface, name, version);
        WaveSyntaxParser values = new WaveSyntaxParser(src, pos);
        WaveToken open = values.expect(values.advance("`(` after function name"), WaveTokenKind.PAREN_OPEN,
                "`(` after function name");
        List<UntypedValue> args = values.parseArguments();
        WaveSpan argsSpan = open.span().to(values.current().span());
        values.finish();
        return new WaveCall(src.text(), target, nameSpan, args, argsSpan);
    }

    private String label(String expected) throws WaveException {
        int start = pos;
        int i = WaveLabels.labelEnd(src, pos);
        if (i == pos) {
            throw src.error(WaveErrorKind.INVALID_NAME, "expected " + expected, WaveSpan.of(pos, pos + 1));
        }
        pos = i;
        return src.slice(WaveSpan.of(start, i));
    }

    /** {@code x.y.z} (no leading zeros) with an optional {@code -pre.release} and {@code +build}. */
    private String version() throws WaveException {
        int start = pos;
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                if (src.at(pos) != '.') {
                    throw badVersion(start);
                }
                pos++;
            }
            int digits = pos;
            while (isDigit(src.at(pos))) {
                pos++;
            }
            if (pos == digits || (src.at(digits) == '0' && pos - digits > 1)) {
                throw badVersion(start);
            }
        }
        for (int marker : new int[] {'-', '+'}) {
            if (src.at(pos) == marker) {
                pos++;
                int idStart = pos;
                while (isDigit(src.at(pos)) || Character.isLetter(src.at(pos)) && src.at(pos) < 128
                        || src.at(pos) == '-' || src.at(pos) == '.') {
                    pos++;
                }
                if (pos == idStart) {
                    throw badVersion(start);
                }
            }
        }
        return src.slice(WaveSpan.of(start, pos));
    }

    private WaveException badVersion(int start) {
        return src.error(WaveErrorKind.INVALID_NAME, "expected a semver version like 0.2.0 after `@`",
                WaveSpan.of(start, Math.max(pos, start + 1)));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
