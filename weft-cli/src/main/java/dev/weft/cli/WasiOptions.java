package dev.weft.cli;

import dev.weft.wasi.WasiContext;
import java.util.List;
import java.util.Locale;

/**
 * The {@code -S NAME[=VAL]} WASI options of {@code weft run}, spelled as Wasmtime's: {@code inherit-network},
 * {@code allow-ip-name-lookup}, {@code tcp}, {@code udp}, and {@code network} (ignored: sockets are always linked).
 * Several may be given in one flag, separated by commas. Boolean values are {@code y}/{@code n} (or yes, no, true,
 * false); a bare name means yes.
 */
final class WasiOptions {
    private WasiOptions() {
    }

    static void apply(List<String> options, WasiContext.Builder ctx) {
        for (String flag : options) {
            for (String option : flag.split(",")) {
                applyOne(option.trim(), ctx);
            }
        }
    }

    private static void applyOne(String option, WasiContext.Builder ctx) {
        int eq = option.indexOf('=');
        String name = eq < 0 ? option : option.substring(0, eq);
        boolean value = eq < 0 || bool(option, option.substring(eq + 1));
        switch (name) {
            case "inherit-network" -> {
                if (value) {
                    ctx.inheritNetwork();
                }
            }
            case "allow-ip-name-lookup" -> ctx.allowIpNameLookup(value);
            case "tcp" -> ctx.tcp(value);
            case "udp" -> ctx.udp(value);
            case "network", "cli", "preview2" -> {
                // always on in weft
            }
            default -> throw new UserError("-S " + option + ": unknown WASI option `" + name + "` (known: "
                    + "inherit-network, allow-ip-name-lookup, tcp, udp, network)");
        }
    }

    private static boolean bool(String option, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "" -> true;
            case "n", "no", "false" -> false;
            default -> throw new UserError("-S " + option + ": expected y or n, got `" + text + "`");
        };
    }
}
