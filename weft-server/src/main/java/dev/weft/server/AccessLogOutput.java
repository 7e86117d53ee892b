package dev.weft.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the access log's batches go. With slf4j-simple in its default line format writing to stderr or stdout (the
 * CLI's setup), a batch of lines goes straight to that stream in one write, each line exactly as slf4j-simple
 * would print it ({@code [weft-access-log] INFO dev.weft.server.access - GET / 200 5B 0.3ms ok}); with any other
 * logging setup every line goes through the logger. {@link #write} is called with whole lines, each ending in a
 * newline.
 */
interface AccessLogOutput {
    /** Writes {@code length} bytes of {@code lines} (whole UTF-8 lines) in one piece. */
    void write(byte[] lines, int length);

    /** The prefix slf4j-simple puts before a message of the access log's writer thread at INFO. */
    String SIMPLE_PREFIX = "[weft-access-log] INFO dev.weft.server.access - ";

    /**
     * Batches straight to the stream slf4j-simple writes to, when {@code logger} is an slf4j-simple logger in its
     * default format on System.err or System.out; otherwise null (log line by line through the logger).
     */
    static AccessLogOutput simpleLoggerStream(Logger logger) {
        if (!"org.slf4j.simple.SimpleLoggerFactory".equals(LoggerFactory.getILoggerFactory().getClass().getName())
                || !logger.getName().equals("dev.weft.server.access")) {
            return null;
        }
        Properties file = simpleLoggerProperties();
        for (String flag : new String[] {"showDateTime", "showShortLogName", "levelInBrackets"}) {
            if (Boolean.parseBoolean(setting(file, flag, "false"))) {
                return null;
            }
        }
        for (String flag : new String[] {"showThreadName", "showLogName"}) {
            if (!Boolean.parseBoolean(setting(file, flag, "true"))) {
                return null;
            }
        }
        if (!setting(file, "warnLevelString", "WARN").equals("WARN")) {
            return null; // never used at INFO, but a customised setup is left to the logger
        }
        Supplier<PrintStream> stream = switch (setting(file, "logFile", "System.err")) {
            case "System.err" -> () -> System.err;
            case "System.out" -> () -> System.out;
            default -> null; // a file: slf4j-simple opened it, so the logger writes it
        };
        if (stream == null) {
            return null;
        }
        return (lines, length) -> {
            PrintStream out = stream.get(); // looked up per batch: a test may have replaced it
            out.write(lines, 0, length);
            out.flush();
        };
    }

    private static String setting(Properties file, String name, String fallback) {
        String key = "org.slf4j.simpleLogger." + name;
        String value = System.getProperty(key);
        if (value == null) {
            value = file.getProperty(key);
        }
        return value == null ? fallback : value.trim();
    }

    private static Properties simpleLoggerProperties() {
        Properties p = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader() == null ? null
                : Thread.currentThread().getContextClassLoader().getResourceAsStream("simplelogger.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException | SecurityException e) {
            // unreadable: the defaults apply, as in slf4j-simple
        }
        return p;
    }
}
