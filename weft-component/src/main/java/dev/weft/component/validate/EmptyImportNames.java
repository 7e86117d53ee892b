package dev.weft.component.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Endive 1.0 rejects a core function import whose module and field names are both empty ({@code (import "" ""
 * (func))}), which is valid core WebAssembly and common in component tests. This rewrites such imports' module
 * name to {@link #PLACEHOLDER} before Endive parses the module; {@link #restore(String)} maps it back.
 * Any byte layout it does not understand leaves the module unchanged.
 */
public final class EmptyImportNames {
    public static final String PLACEHOLDER = "\u0001weft-empty";
    private static final byte[] PLACEHOLDER_BYTES = PLACEHOLDER.getBytes(StandardCharsets.UTF_8);

    private final byte[] in;
    private int pos;

    private EmptyImportNames(byte[] in) {
        this.in = in;
    }

    /** The module name under which a rewritten module expects the import {@code module::field}. */
    public static String moduleNameAfterRewrite(String module, String field) {
        return module.isEmpty() && field.isEmpty() ? PLACEHOLDER : module;
    }

    public static String restore(String moduleName) {
        return PLACEHOLDER.equals(moduleName) ? "" : moduleName;
    }

    public static byte[] rewrite(byte[] module) {
        try {
            return new EmptyImportNames(module).run();
        } catch (RuntimeException e) {
            return module;
        }
    }

    private byte[] run() {
        if (in.length < 8) {
            return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 16);
        out.write(in, 0, 8);
        pos = 8;
        boolean changed = false;
        while (pos < in.length) {
            int id = in[pos++] & 0xff;
            int size = (int) leb();
            int start = pos;
            pos += size;
            if (id == 2) {
                byte[] rewritten = importSection(start, start + size);
                if (rewritten != null) {
                    changed = true;
                    out.write(2);
                    writeLeb(out, rewritten.length);
                    out.write(rewritten, 0, rewritten.length);
                    continue;
                }
            }
            out.write(id);
            writeLeb(out, size);
            out.write(in, start, size);
        }
        return changed ? out.toByteArray() : in;
    }

    private byte[] importSection(int start, int end) {
        int saved = pos;
        pos = start;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = leb();
        writeLeb(out, count);
        boolean changed = false;
        for (long i = 0; i < count; i++) {
            int moduleLen = (int) leb();
            int moduleAt = pos;
            pos += moduleLen;
            int nameLen = (int) leb();
            int nameAt = pos;
            pos += nameLen;
            int descAt = pos;
            skipDesc();
            if (moduleLen == 0 && nameLen == 0) {
                writeLeb(out, PLACEHOLDER_BYTES.length);
                out.write(PLACEHOLDER_BYTES, 0, PLACEHOLDER_BYTES.length);
                changed = true;
            } else {
                writeLeb(out, moduleLen);
                out.write(in, moduleAt, moduleLen);
            }
            writeLeb(out, nameLen);
            out.write(in, nameAt, nameLen);
            out.write(in, descAt, pos - descAt);
        }
        if (pos != end) {
            throw new IllegalStateException("import section not understood");
        }
        pos = saved;
        return changed ? out.toByteArray() : null;
    }

    private void skipDesc() {
        int kind = in[pos++] & 0xff;
        switch (kind) {
            case 0x00 -> leb();
            case 0x01 -> {
                refType();
                limits();
            }
            case 0x02 -> limits();
            case 0x03 -> {
                valType();
                pos++;
            }
            case 0x04 -> {
                pos++;
                leb();
            }
            default -> throw new IllegalStateException("unknown import kind " + kind);
        }
    }

    private void limits() {
        int flags = in[pos++] & 0xff;
        leb();
        if ((flags & 0x01) != 0) {
            leb();
        }
        if ((flags & 0x08) != 0) {
            leb();
        }
    }

    private void valType() {
        int b = in[pos] & 0xff;
        if (b == 0x63 || b == 0x64) {
            pos++;
            leb();
        } else {
            pos++;
        }
    }

    private void refType() {
        valType();
    }

    private long leb() {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = in[pos++] & 0xff;
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }

    private static void writeLeb(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7f);
            value >>>= 7;
            out.write(value != 0 ? b | 0x80 : b);
        } while (value != 0);
    }
}
