package dev.weft.app.outbound;

import dev.weft.app.PatternException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One {@code allowed_outbound_hosts} entry, with Spin's syntax: {@code <scheme>://<host>[:<port>]}.
 * <ul>
 * <li>scheme: a name ({@code https}) or {@code *};</li>
 * <li>host: a name, an IP literal ({@code [::1]} for IPv6), {@code *}, {@code *.example.com} (any subdomain),
 * a CIDR block ({@code 10.0.0.0/8}) or {@code self};</li>
 * <li>port: a number, {@code *}, or a range {@code 8000..8100} (end exclusive); left out, the scheme's well-known
 * port (http 80, https 443, redis 6379, postgres 5432, mysql 3306, mqtt 1883); other schemes must give one.</li>
 * </ul>
 */
public record HostPattern(String original, SchemePart scheme, HostPart host, PortPart port) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern LABELS = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\\.?");

    /** The scheme part. */
    public sealed interface SchemePart {
        record Any() implements SchemePart {
        }

        record Named(String name) implements SchemePart {
        }
    }

    /** The host part. */
    public sealed interface HostPart {
        record Any() implements HostPart {
        }

        /** {@code *.example.com}: {@code suffix} is {@code .example.com}. */
        record AnySubdomain(String suffix) implements HostPart {
        }

        record Name(String name) implements HostPart {
        }

        record Address(InetAddress address) implements HostPart {
        }

        record Cidr(InetAddress network, int prefixBits) implements HostPart {
        }

        /** {@code self}: the application itself (relative URLs); matches no named host. */
        record Self() implements HostPart {
        }
    }

    /** The port part. */
    public sealed interface PortPart {
        record Any() implements PortPart {
        }

        record Single(int port) implements PortPart {
        }

        /** {@code start..end}, end exclusive (as Spin). */
        record Range(int start, int end) implements PortPart {
        }
    }

    public static HostPattern parse(String text) throws PatternException {
        String url = text.trim();
        int sep = url.indexOf("://");
        if (sep < 0) {
            throw new PatternException("'" + text + "' has no scheme: write <scheme>://<host>[:<port>], e.g. "
                    + "https://api.example.com or *://*:* to allow everything");
        }
        String schemeText = url.substring(0, sep);
        String rest = url.substring(sep + 3);
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String hostText;
        String portText = "";
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new PatternException("'" + text + "': unclosed '[' in the IPv6 address");
            }
            hostText = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new PatternException("'" + text + "': expected ':<port>' after the IPv6 address");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = rest.lastIndexOf(':');
            hostText = colon < 0 ? rest : rest.substring(0, colon);
            portText = colon < 0 ? "" : rest.substring(colon + 1);
        }
        SchemePart scheme = scheme(text, schemeText);
        return new HostPattern(text, scheme, host(text, hostText), port(text, portText, schemeText));
    }

    private static SchemePart scheme(String text, String s) throws PatternException {
        if (s.equals("*")) {
            return new SchemePart.Any();
        }
        if (s.isEmpty() || !s.chars().allMatch(Character::isLetter)) {
            throw new PatternException("'" + text + "': scheme '" + s + "' must be letters or '*'");
        }
        return new SchemePart.Named(s.toLowerCase(Locale.ROOT));
    }

    private static HostPart host(String text, String h) throws PatternException {
        String host = h.toLowerCase(Locale.ROOT);
        if (host.equals("*")) {
            return new HostPart.Any();
        }
        if (host.equals("self") || host.equals("self.alt")) {
            return new HostPart.Self();
        }
        int slash = host.indexOf('/');
        if (slash >= 0) {
            InetAddress network = literal(host.substring(0, slash));
            if (network == null) {
                throw new PatternException("'" + text + "': '" + h + "' has a path, or is a CIDR block without an IP address");
            }
            int bits;
            try {
                bits = Integer.parseInt(host.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > network.getAddress().length * 8) {
                throw new PatternException("'" + text + "': bad CIDR prefix length in '" + h + "'");
            }
            return new HostPart.Cidr(network, bits);
        }
        if (host.startsWith("*.")) {
            String domain = host.substring(2);
            if (domain.contains("*") || !LABELS.matcher(domain).matches() || literal(domain) != null) {
                throw new PatternException("'" + text + "': wildcards are allowed only as a '*.' prefix of a domain");
            }
            return new HostPart.AnySubdomain("." + domain);
        }
        if (host.contains("*")) {
            throw new PatternException("'" + text + "': wildcards are allowed only as a '*.' prefix of a domain");
        }
        InetAddress address = literal(host);
        if (address != null) {
            return new HostPart.Address(address);
        }
        if (host.isEmpty() || !LABELS.matcher(host).matches()) {
            throw new PatternException("'" + text + "': '" + h + "' is not a host name");
        }
        return new HostPart.Name(host);
    }

    private static PortPart port(String text, String p, String scheme) throws PatternException {
        if (p.isEmpty()) {
            OptionalInt known = wellKnownPort(scheme);
            if (known.isEmpty()) {
                throw new PatternException("'" + text + "': no port given and scheme '" + scheme
                        + "' has no well-known port");
            }
            return new PortPart.Single(known.getAsInt());
        }
        if (p.equals("*")) {
            return new PortPart.Any();
        }
        int range = p.indexOf("..");
        if (range >= 0) {
            int start = number(text, p.substring(0, range));
            int end = number(text, p.substring(range + 2));
            if (end <= start) {
                throw new PatternException("'" + text + "': empty port range " + p + " (the end is exclusive)");
            }
            return new PortPart.Range(start, end);
        }
        return new PortPart.Single(number(text, p));
    }

    private static int number(String text, String p) throws PatternException {
        try {
            int n = Integer.parseInt(p);
            if (n >= 0 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new PatternException("'" + text + "': port '" + p + "' is not a number 0-65535, '*' or a range a..b");
    }

    /** The default port of {@code scheme}, as Spin's list. */
    public static OptionalInt wellKnownPort(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http" -> OptionalInt.of(80);
            case "https" -> OptionalInt.of(443);
            case "redis" -> OptionalInt.of(6379);
            case "postgres" -> OptionalInt.of(5432);
            case "mysql" -> OptionalInt.of(3306);
            case "mqtt" -> OptionalInt.of(1883);
            default -> OptionalInt.empty();
        };
    }

    /** An IP literal as an address (no DNS lookup), or null for a name. */
    static InetAddress literal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4.matcher(h).matches() && !(h.contains(":") && h.matches("[0-9a-fA-F:.]+"))) {
            return null;
        }
        try {
            return InetAddress.getByName(h);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * Whether a connection to {@code host}:{@code port} over {@code scheme} is allowed; an empty port means the
     * scheme's well-known one. For raw sockets pass scheme {@code "*"}: only a {@code *://} pattern matches it.
     */
    public boolean allows(String scheme, String host, OptionalInt port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean schemeOk = switch (this.scheme) {
            case SchemePart.Any any -> true;
            case SchemePart.Named named -> named.name().equals(s);
        };
        if (!schemeOk) {
            return false;
        }
        OptionalInt effective = port.isPresent() ? port : wellKnownPort(s);
        boolean portOk = switch (this.port) {
            case PortPart.Any any -> true;
            case PortPart.Single single -> effective.isPresent() && effective.getAsInt() == single.port();
            case PortPart.Range range -> effective.isPresent() && effective.getAsInt() >= range.start()
                    && effective.getAsInt() < range.end();
        };
        return portOk && hostAllows(host);
    }

    private boolean hostAllows(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.endsWith(".") && host.length() > 1) {
            host = host.substring(0, host.length() - 1);
        }
        InetAddress address = literal(host);
        return switch (this.host) {
            case HostPart.Any any -> true;
            case HostPart.Self self -> false;
            case HostPart.AnySubdomain sub -> address == null && host.endsWith(sub.suffix());
            case HostPart.Name name -> address == null && host.equals(name.name().replaceFirst("\\.$", ""));
            case HostPart.Address literal -> address != null && address.equals(literal.address());
            case HostPart.Cidr cidr -> address != null && inBlock(address, cidr);
        };
    }

    private static boolean inBlock(InetAddress address, HostPart.Cidr cidr) {
        byte[] a = address.getAddress();
        byte[] n = cidr.network().getAddress();
        if (a.length != n.length) {
            return false;
        }
        int bits = cidr.prefixBits();
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((a[i] & mask) != (n[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return original;
    }
}
