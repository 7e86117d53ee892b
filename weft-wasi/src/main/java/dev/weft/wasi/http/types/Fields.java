package dev.weft.wasi.http.types;

import dev.weft.wasi.http.HttpField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code wasi:http/types.fields} resource: HTTP headers or trailers. Names are case-insensitive and kept in
 * lower case; the values of one name stay together in the order they were added, names in the order first seen
 * (like the {@code HeaderMap} behind Wasmtime's fields). Fields made by the guest (constructor, {@code from-list},
 * {@code clone}) are mutable; those the host hands out for requests and responses are immutable.
 */
public final class Fields {
    private final Map<String, List<byte[]>> values = new LinkedHashMap<>();
    private final boolean mutable;

    private Fields(boolean mutable) {
        this.mutable = mutable;
    }

    /** Empty, mutable fields ({@code constructor}). */
    public static Fields mutable() {
        return new Fields(true);
    }

    /**
     * {@code from-list}: mutable fields holding {@code entries}.
     *
     * @throws HeaderError.Refused {@code invalid-syntax} for a bad name or value, {@code forbidden} for a name the
     *     guest may not set
     */
    public static Fields fromList(List<HttpField> entries) throws HeaderError.Refused {
        Fields fields = new Fields(true);
        for (HttpField f : entries) {
            String name = checkedName(f.name());
            checkValue(name, f.value());
            fields.add(name, f.value().clone());
        }
        return fields;
    }

    /**
     * Immutable fields the host hands to the guest (request or response headers, trailers). Entries whose name is
     * invalid or forbidden are dropped, as Wasmtime strips connection-level headers from what guests receive.
     */
    public static Fields immutable(List<HttpField> entries) {
        Fields fields = new Fields(false);
        for (HttpField f : entries) {
            if (FieldSyntax.isValidName(f.name()) && FieldSyntax.isValidValue(f.value())) {
                String name = FieldSyntax.canonical(f.name());
                if (!FieldSyntax.FORBIDDEN.contains(name)) {
                    fields.add(name, f.value().clone());
                }
            }
        }
        return fields;
    }

    /** Adds {@code value} (owned by these fields from now on) after the values of canonical name {@code name}. */
    private void add(String name, byte[] value) {
        List<byte[]> list = values.get(name);
        if (list == null) {
            list = new ArrayList<>(1);
            values.put(name, list);
        }
        list.add(value);
    }

    /**
     * The values of the canonical (lower-case, valid) name {@code name} as held, not copied: for the host's own
     * reads (e.g. {@code content-length}); callers must not change the list or its arrays.
     */
    List<byte[]> valuesOf(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean isMutable() {
        return mutable;
    }

    /** {@code get}: the values of {@code name}; empty for an absent or invalid name. */
    public List<byte[]> get(String name) {
        if (!FieldSyntax.isValidName(name)) {
            return List.of();
        }
        return List.copyOf(values.getOrDefault(FieldSyntax.canonical(name), List.of()));
    }

    /** {@code has}: whether {@code name} has a value; false for an invalid name. */
    public boolean has(String name) {
        return FieldSyntax.isValidName(name) && values.containsKey(FieldSyntax.canonical(name));
    }

    /** {@code set}: replaces every value of {@code name} with {@code newValues}. */
    public void set(String name, List<byte[]> newValues) throws HeaderError.Refused {
        String key = checkedName(name);
        for (byte[] v : newValues) {
            checkValue(key, v);
        }
        checkMutable(key);
        List<byte[]> copy = new ArrayList<>();
        for (byte[] v : newValues) {
            copy.add(v.clone());
        }
        values.remove(key);
        if (!copy.isEmpty()) {
            values.put(key, copy);
        }
    }

    /** {@code delete}: removes every value of {@code name}. */
    public void delete(String name) throws HeaderError.Refused {
        String key = checkedName(name);
        checkMutable(key);
        values.remove(key);
    }

    /** {@code append}: adds a value for {@code name} after the existing ones. */
    public void append(String name, byte[] value) throws HeaderError.Refused {
        String key = checkedName(name);
        checkValue(key, value);
        checkMutable(key);
        add(key, value.clone());
    }

    /** {@code entries}: every (name, value) pair, values of one name together. */
    public List<HttpField> entries() {
        List<HttpField> out = new ArrayList<>();
        values.forEach((name, vs) -> vs.forEach(v -> out.add(new HttpField(name, v.clone()))));
        return out;
    }

    /** {@code clone}: a mutable copy. */
    public Fields mutableCopy() {
        Fields copy = new Fields(true);
        values.forEach((name, vs) -> copy.values.put(name, new ArrayList<>(vs)));
        return copy;
    }

    /** An immutable copy, for the {@code headers} getter of a request or response. */
    public Fields immutableCopy() {
        Fields copy = new Fields(false);
        values.forEach((name, vs) -> copy.values.put(name, new ArrayList<>(vs)));
        return copy;
    }

    private static String checkedName(String name) throws HeaderError.Refused {
        if (!FieldSyntax.isValidName(name)) {
            throw new HeaderError.Refused(HeaderError.INVALID_SYNTAX, "invalid field name `" + name + "`");
        }
        String canonical = FieldSyntax.canonical(name);
        if (FieldSyntax.FORBIDDEN.contains(canonical)) {
            throw new HeaderError.Refused(HeaderError.FORBIDDEN, "field `" + name + "` is set by the host only");
        }
        return canonical;
    }

    private static void checkValue(String name, byte[] value) throws HeaderError.Refused {
        if (!FieldSyntax.isValidValue(value)) {
            throw new HeaderError.Refused(HeaderError.INVALID_SYNTAX, "invalid value for field `" + name + "`");
        }
    }

    private void checkMutable(String name) throws HeaderError.Refused {
        if (!mutable) {
            throw new HeaderError.Refused(HeaderError.IMMUTABLE, "fields are immutable (changing `" + name + "`)");
        }
    }
}
