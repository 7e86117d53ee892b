package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cache of {@link TypeLayout}s (and derived per-function data), keyed by type instance identity so that a hot
 * lookup never hashes a deep type. Share one instance per component (or per linker); it is thread-safe.
 */
public final class TypeLayouts {
    private record Key(Object type) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.type == type;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(type);
        }
    }

    private final ConcurrentHashMap<Key, TypeLayout> layouts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, TupleType> mapEntries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, FuncLayout> functions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, ValueCodec> codecs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, FuncCodecs> funcCodecs = new ConcurrentHashMap<>();
    private final ValueCodec[] primitiveCodecs = new ValueCodec[PrimitiveType.values().length];
    private final LayoutCalculator calculator = new LayoutCalculator(this);
    private final TypeLayout[] primitives = new TypeLayout[PrimitiveType.values().length];

    public TypeLayouts() {
        for (PrimitiveType p : PrimitiveType.values()) {
            primitives[p.ordinal()] = calculator.compute(p);
            primitiveCodecs[p.ordinal()] = ValueCodecs.plan(this, p);
        }
    }

    /** The layout of {@code t}. Throws {@link IllegalArgumentException} for types validation rejects. */
    public TypeLayout of(ValueType t) {
        if (t instanceof PrimitiveType p) {
            return primitives[p.ordinal()];
        }
        Key k = new Key(t);
        TypeLayout l = layouts.get(k);
        if (l == null) {
            l = calculator.compute(t);
            TypeLayout prev = layouts.putIfAbsent(k, l);
            if (prev != null) {
                l = prev;
            }
        }
        return l;
    }

    /** The layout of a record or tuple. */
    public TypeLayout.Fields fields(ValueType recordOrTuple) {
        return switch (of(recordOrTuple)) {
            case TypeLayout.Fields f -> f;
            case TypeLayout.Plain p -> throw new IllegalArgumentException("not a record or tuple: " + recordOrTuple);
            case TypeLayout.Cases c -> throw new IllegalArgumentException("not a record or tuple: " + recordOrTuple);
        };
    }

    /** The layout of a variant, enum, option or result. */
    public TypeLayout.Cases cases(ValueType variantLike) {
        return switch (of(variantLike)) {
            case TypeLayout.Cases c -> c;
            case TypeLayout.Plain p -> throw new IllegalArgumentException("not variant-like: " + variantLike);
            case TypeLayout.Fields f -> throw new IllegalArgumentException("not variant-like: " + variantLike);
        };
    }

    /** {@code map<K,V>} despecializes to {@code list<tuple<K,V>>}; this is that (cached) tuple type. */
    public TupleType mapEntry(MapType m) {
        return mapEntries.computeIfAbsent(new Key(m), k -> new TupleType(List.of(m.key(), m.value())));
    }

    /** Per-function data: parameter and result types as lists, their tuple types, flat types. */
    public FuncLayout function(FuncType ft) {
        Key k = new Key(ft);
        FuncLayout l = functions.get(k);
        if (l == null) {
            l = FuncLayout.compute(this, ft);
            FuncLayout prev = functions.putIfAbsent(k, l);
            if (prev != null) {
                l = prev;
            }
        }
        return l;
    }

    /** The planned lifting and lowering of {@code t} (computed once per type instance). */
    ValueCodec codec(ValueType t) {
        if (t instanceof PrimitiveType p) {
            return primitiveCodecs[p.ordinal()];
        }
        Key k = new Key(t);
        ValueCodec c = codecs.get(k);
        if (c == null) {
            c = ValueCodecs.plan(this, t); // not computeIfAbsent: planning recurses into this map
            ValueCodec prev = codecs.putIfAbsent(k, c);
            if (prev != null) {
                c = prev;
            }
        }
        return c;
    }

    /** The planned parameter and result lists of {@code ft} (computed once per function type instance). */
    FuncCodecs codecs(FuncType ft) {
        Key k = new Key(ft);
        FuncCodecs c = funcCodecs.get(k);
        if (c == null) {
            c = FuncCodecs.plan(this, ft, function(ft));
            FuncCodecs prev = funcCodecs.putIfAbsent(k, c);
            if (prev != null) {
                c = prev;
            }
        }
        return c;
    }

    /** The spec's {@code flatten_types}. */
    public List<FlatType> flatten(List<ValueType> types) {
        List<FlatType> flat = new java.util.ArrayList<>();
        for (ValueType t : types) {
            flat.addAll(of(t).flat());
        }
        return List.copyOf(flat);
    }

    static List<ValueType> resultTypes(Optional<ValueType> result) {
        return result.map(List::of).orElse(List.of());
    }
}
