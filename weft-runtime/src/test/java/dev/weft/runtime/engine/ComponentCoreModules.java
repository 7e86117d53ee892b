package dev.weft.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Test-only scanner that pulls the embedded core modules (component section id 1) out of a component binary,
 * recursing into nested components (section id 4). Enough for benchmarks; the real decoder lives in
 * weft-component.
 */
final class ComponentCoreModules {
    private ComponentCoreModules() {}

    static List<byte[]> extract(byte[] component) {
        var modules = new ArrayList<byte[]>();
        scan(component, 0, component.length, modules);
        return modules;
    }

    static byte[] largest(byte[] component) {
        return extract(component).stream().max(Comparator.comparingInt(m -> m.length))
                .orElseThrow(() -> new IllegalArgumentException("component holds no core module"));
    }

    private static void scan(byte[] bytes, int start, int end, List<byte[]> out) {
        if (end - start < 8 || bytes[start] != 0 || bytes[start + 1] != 'a' || bytes[start + 2] != 's'
                || bytes[start + 3] != 'm' || bytes[start + 6] != 1) {
            throw new IllegalArgumentException("not a component at offset " + start);
        }
        int pos = start + 8;
        while (pos < end) {
            int id = bytes[pos++] & 0xFF;
            long size = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[pos++] & 0xFF;
                size |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            int bodyEnd = Math.toIntExact(pos + size);
            if (id == 1) {
                out.add(Arrays.copyOfRange(bytes, pos, bodyEnd));
            } else if (id == 4) {
                scan(bytes, pos, bodyEnd, out);
            }
            pos = bodyEnd;
        }
    }
}
