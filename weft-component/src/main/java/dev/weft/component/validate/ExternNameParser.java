package dev.weft.component.validate;

import java.util.Optional;

/** Parses {@link ExternName}s following the lexical grammar of Explainer.md; errors name the offending part. */
final class ExternNameParser {
    private static final String CONSTRUCTOR = "[constructor]";
    private static final String METHOD = "[method]";
    private static final String STATIC = "[static]";

    private ExternNameParser() {
    }

    /** Parses {@code name}; the exception message says what is wrong, without the "import name" context. */
    static ExternName parse(String name) throws NameSyntaxException {
        if (name.startsWith(CONSTRUCTOR)) {
            String resource = name.substring(CONSTRUCTOR.length());
            requireLabel(resource);
            return new ExternName.Constructor(name, resource);
        }
        if (name.startsWith(METHOD) || name.startsWith(STATIC)) {
            boolean method = name.startsWith(METHOD);
            String rest = name.substring((method ? METHOD : STATIC).length());
            int dot = rest.indexOf('.');
            if (dot < 0) {
                throw new NameSyntaxException("failed to find `.` character");
            }
            String resource = rest.substring(0, dot);
            String item = rest.substring(dot + 1);
            requireLabel(resource);
            requireLabel(item);
            return method ? new ExternName.Method(name, resource, item) : new ExternName.Static(name, resource, item);
        }
        if (name.contains(":")) {
            return parseInterface(name);
        }
        requireLabel(name);
        return new ExternName.Label(name);
    }

    /** Parses an interface name {@code ns:pkg/iface(@semver)?}; nested namespaces and projections are gated. */
    static ExternName.Interface parseInterface(String name) throws NameSyntaxException {
        int colon = name.indexOf(':');
        String namespace = name.substring(0, colon);
        requireWords(namespace);
        String rest = name.substring(colon + 1);
        int end = firstOf(rest, ":/@");
        String pkg = rest.substring(0, end);
        requireWords(pkg);
        rest = rest.substring(end);
        if (!rest.startsWith("/")) {
            throw new NameSyntaxException("expected `/` after package name");
        }
        rest = rest.substring(1);
        end = firstOf(rest, "/@");
        String iface = rest.substring(0, end);
        requireLabel(iface);
        rest = rest.substring(end);
        Optional<String> version = Optional.empty();
        if (rest.startsWith("@")) {
            version = Optional.of(rest.substring(1));
            Semver.check(version.get());
        } else if (!rest.isEmpty()) {
            throw new NameSyntaxException("trailing characters found: `" + rest + "`");
        }
        return new ExternName.Interface(name, namespace, pkg, iface, version);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static void requireLabel(String s) throws NameSyntaxException {
        if (!KebabCase.isLabel(s)) {
            throw new NameSyntaxException("`" + s + "` is not in kebab case");
        }
    }

    private static void requireWords(String s) throws NameSyntaxException {
        if (!KebabCase.isWords(s)) {
            throw new NameSyntaxException("`" + s + "` is not in kebab case");
        }
    }

    /** A name that does not match the grammar; internal to name parsing, turned into a ValidationException. */
    static final class NameSyntaxException extends Exception {
        NameSyntaxException(String message) {
            super(message);
        }
    }
}
