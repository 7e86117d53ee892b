package dev.weft.component.binary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helpers: fixture loading and offset-free comparison of AST records. */
final class Fixtures {
    private Fixtures() {}

    /** Bytes of {@code src/test/resources/binary/<name>}. */
    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/binary/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource binary/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a byte array from ints (each 0..255). */
    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** Concatenates byte arrays. */
    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * A copy of an AST value with every {@code long} record component whose name ends in "ffset" or equals
     * "size" set to 0 and every {@code byte[]} replaced by null, so that expected trees can be written without
     * offsets and compared with {@code equals}.
     */
    @SuppressWarnings("unchecked")
    static <T> T strip(T value) {
        return (T) stripAny(value);
    }

    private static Object stripAny(Object value) {
        if (value instanceof Record r) {
            return stripRecord(r);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(stripAny(o));
            }
            return List.copyOf(out);
        }
        if (value instanceof Optional<?> opt) {
            return opt.map(Fixtures::stripAny);
        }
        if (value instanceof byte[]) {
            return null;
        }
        return value;
    }

    private static Object stripRecord(Record r) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                Object v = c.getAccessor().invoke(r);
                boolean isOffset = c.getType() == long.class
                        && (c.getName().endsWith("ffset") || c.getName().equals("size"));
                args[i] = isOffset ? 0L : stripAny(v);
            }
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
