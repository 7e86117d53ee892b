package dev.weft.runtime.resource;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.value.FixedListVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.ResourceVal;
import dev.weft.value.ResultVal;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every resource handle in the arguments the host passes to a function a component instance lifted, at
 * any depth (inside lists, records, tuples, variants, options, results, maps), before anything is lowered, so a
 * handle the receiver would refuse while lowering (a trap that leaves the instance unusable, after some handles
 * have already moved into its table and its {@code realloc} has run) is refused up front and nothing changes.
 * Refused, in lowering order: a handle of a resource type another instance defines
 * ({@link ResourceHandles#refusal}), an own value of a component's resource the host no longer holds (dropped,
 * or given to a component), the same own value given twice, and a borrow of an own value an earlier argument
 * moves. Plans are made per function type; parameters whose types hold no handle are never visited, and a
 * function without handle parameters is not checked at all. Parts of the arguments that do not match their types
 * are passed over: the type check ({@link dev.weft.wave.ValTypeChecker}) reports those.
 */
public final class HostArgumentHandles {
    private static final HostArgumentHandles NONE = new HostArgumentHandles(List.of(), new boolean[0]);

    private final List<FuncType.Param> params;
    private final boolean[] holdsHandles;

    private HostArgumentHandles(List<FuncType.Param> params, boolean[] holdsHandles) {
        this.params = params;
        this.holdsHandles = holdsHandles;
    }

    /**
     * A refused handle: the parameter, the path to the handle inside the argument ({@code params[0].items[2]};
     * {@link #nested()} tells whether it is deeper than the argument itself) and why.
     */
    public record Refusal(int param, String path, boolean nested, String reason) {
        /** {@code "params[0].items[2]: " + reason}, or just the reason for a handle that is the argument itself. */
        public String message() {
            return nested ? path + ": " + reason : reason;
        }
    }

    /** The plan for the parameters of {@code type}. */
    public static HostArgumentHandles of(FuncType type) {
        List<FuncType.Param> params = type.params();
        boolean[] holds = new boolean[params.size()];
        boolean any = false;
        for (int i = 0; i < holds.length; i++) {
            holds[i] = holdsHandles(params.get(i).type());
            any |= holds[i];
        }
        return any ? new HostArgumentHandles(params, holds) : NONE;
    }

    /** Whether any parameter can hold a handle (else {@link #refusal} is always empty). */
    public boolean any() {
        return this != NONE;
    }

    /** The first handle in {@code args} that {@code receiver} would refuse, in lowering order; empty if none. */
    public Optional<Refusal> refusal(InstanceState receiver, List<Val> args) {
        if (this == NONE) {
            return Optional.empty();
        }
        Walk walk = new Walk(receiver);
        for (int i = 0; i < holdsHandles.length; i++) {
            if (holdsHandles[i]) {
                Failure f = walk.visit(params.get(i).type(), args.get(i));
                if (f != null) {
                    StringBuilder path = new StringBuilder("params[").append(i).append(']');
                    for (int s = f.segments.size() - 1; s >= 0; s--) {
                        path.append(f.segments.get(s));
                    }
                    return Optional.of(new Refusal(i, path.toString(), !f.segments.isEmpty(), f.reason));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a value of {@code type} can contain an {@code own} or {@code borrow} handle. */
    static boolean holdsHandles(ValueType type) {
        return switch (type) {
            case OwnType o -> true;
            case BorrowType b -> true;
            case PrimitiveType p -> false;
            case EnumType e -> false;
            case FlagsType f -> false;
            case StreamType s -> false;
            case FutureType f -> false;
            case ListType l -> holdsHandles(l.element());
            case FixedListType l -> holdsHandles(l.element());
            case MapType m -> holdsHandles(m.key()) || holdsHandles(m.value());
            case TupleType t -> t.elements().stream().anyMatch(HostArgumentHandles::holdsHandles);
            case RecordType r -> r.fields().stream().anyMatch(f -> holdsHandles(f.type()));
            case VariantType v -> v.cases().stream().anyMatch(c -> c.payload().filter(
                    HostArgumentHandles::holdsHandles).isPresent());
            case OptionType o -> holdsHandles(o.some());
            case ResultType r -> r.ok().filter(HostArgumentHandles::holdsHandles).isPresent()
                    || r.err().filter(HostArgumentHandles::holdsHandles).isPresent();
        };
    }

    /** Why a handle is refused, with the path segments from it up to the argument (innermost first). */
    private static final class Failure {
        final String reason;
        final List<String> segments = new ArrayList<>(4);

        Failure(String reason) {
            this.reason = reason;
        }

        Failure at(String segment) {
            segments.add(segment);
            return this;
        }
    }

    /** One pass over the arguments of one call, remembering the own values moved so far. */
    private static final class Walk {
        private final InstanceState receiver;
        /** The own values of components' resources moved by the arguments so far (made on first use). */
        private Set<GuestRep> moved;

        Walk(InstanceState receiver) {
            this.receiver = receiver;
        }

        /** A value that does not have its type's shape is passed over (the type check reports it). */
        Failure visit(ValueType type, Val val) {
            return switch (type) {
                case OwnType o -> val instanceof ResourceVal r ? handle(o.resource(), true, r) : null;
                case BorrowType b -> val instanceof ResourceVal r ? handle(b.resource(), false, r) : null;
                case ListType l -> val instanceof ListVal v ? elements(l.element(), v.elements()) : null;
                case FixedListType l -> val instanceof FixedListVal v ? elements(l.element(), v.elements()) : null;
                case MapType m -> val instanceof MapVal v ? entries(m, v) : null;
                case TupleType t -> val instanceof TupleVal v ? tuple(t, v) : null;
                case RecordType r -> val instanceof RecordVal v ? record(r, v) : null;
                case VariantType v -> val instanceof VariantVal vv ? variant(v, vv) : null;
                case OptionType o -> val instanceof OptionVal v ? payload(".some", Optional.of(o.some()), v.value())
                        : null;
                case ResultType r -> val instanceof ResultVal v
                        ? v.isOk() ? payload(".ok", r.ok(), v.payload()) : payload(".err", r.err(), v.payload())
                        : null;
                case PrimitiveType p -> null;
                case EnumType e -> null;
                case FlagsType f -> null;
                case StreamType s -> null;
                case FutureType f -> null;
            };
        }

        private Failure elements(ValueType element, List<Val> values) {
            if (!holdsHandles(element)) {
                return null;
            }
            for (int i = 0; i < values.size(); i++) {
                Failure f = visit(element, values.get(i));
                if (f != null) {
                    return f.at("[" + i + "]");
                }
            }
            return null;
        }

        private Failure entries(MapType type, MapVal val) {
            for (int i = 0; i < val.entries().size(); i++) {
                MapVal.Entry e = val.entries().get(i);
                Failure f = visit(type.key(), e.key());
                if (f != null) {
                    return f.at("[" + i + "].key");
                }
                f = visit(type.value(), e.value());
                if (f != null) {
                    return f.at("[" + i + "].value");
                }
            }
            return null;
        }

        private Failure tuple(TupleType type, TupleVal val) {
            for (int i = 0; i < Math.min(type.elements().size(), val.elements().size()); i++) {
                Failure f = visit(type.elements().get(i), val.elements().get(i));
                if (f != null) {
                    return f.at("." + i);
                }
            }
            return null;
        }

        private Failure record(RecordType type, RecordVal val) {
            for (int i = 0; i < Math.min(type.fields().size(), val.fields().size()); i++) {
                RecordType.Field field = type.fields().get(i);
                Failure f = visit(field.type(), val.fields().get(i).value());
                if (f != null) {
                    return f.at("." + field.name());
                }
            }
            return null;
        }

        private Failure variant(VariantType type, VariantVal val) {
            for (VariantType.Case c : type.cases()) {
                if (c.name().equals(val.caseName())) {
                    return payload("." + c.name(), c.payload(), val.payload());
                }
            }
            return null;
        }

        private Failure payload(String segment, Optional<ValueType> type, Optional<Val> val) {
            if (type.isEmpty() || val.isEmpty()) {
                return null;
            }
            Failure f = visit(type.get(), val.get());
            return f == null ? null : f.at(segment);
        }

        private Failure handle(ResourceType type, boolean owned, ResourceVal r) {
            if (r.handle() == null) {
                return null;
            }
            String refusal = ResourceHandles.refusal(receiver, r.handle(), type, owned, true);
            if (refusal != null) {
                return new Failure(refusal);
            }
            if (!(r.handle() instanceof GuestRep g)) {
                return null;
            }
            String kind = (owned ? "own<" : "borrow<") + type.displayName() + ">";
            if (moved != null && moved.contains(g)) {
                return new Failure(kind + " passed to instance " + receiver.name() + ": the owned "
                        + type.displayName() + " (rep " + Integer.toUnsignedString(g.rep()) + ") is already given "
                        + "to the component by an earlier part of the arguments; an owned resource value can be "
                        + (owned ? "used up only once" : "lent only while the host still owns it"));
            }
            if (owned) {
                if (!g.owner().ownedOutsideTables(g)) {
                    return new Failure(kind + " passed to instance " + receiver.name() + ": the owned "
                            + type.displayName() + " (rep " + Integer.toUnsignedString(g.rep()) + ") was already "
                            + "given to a component or dropped; an owned resource value can be used up only once");
                }
                if (moved == null) {
                    moved = new HashSet<>();
                }
                moved.add(g);
            }
            return null;
        }
    }
}
