package dev.weft.runtime.abi;

import dev.weft.component.types.EnumType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.EnumVal;
import dev.weft.value.OptionVal;
import dev.weft.value.ResultVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;

import java.util.Optional;

/**
 * Variants, enums, options and results seen uniformly as cases with optional payloads, as the spec's
 * {@code despecialize} does: enum = cases without payload, option = {@code none | some(T)}, result =
 * {@code ok(T?) | error(E?)}.
 */
final class VariantCases {
    private VariantCases() {
    }

    /** The payload type of case {@code i}, or {@code null} when the case has none. */
    static ValueType payloadType(ValueType t, int i) {
        return switch (t) {
            case VariantType v -> v.cases().get(i).payload().orElse(null);
            case EnumType e -> null;
            case OptionType o -> i == 0 ? null : o.some();
            case ResultType r -> (i == 0 ? r.ok() : r.err()).orElse(null);
            default -> throw new IllegalArgumentException("not variant-like: " + t);
        };
    }

    /** The case index of {@code v} in {@code t}; traps when {@code v} names no case of {@code t}. */
    static int caseIndex(ValueType t, Val v) throws Trap {
        switch (t) {
            case VariantType vt -> {
                if (v instanceof VariantVal vv) {
                    for (int i = 0; i < vt.cases().size(); i++) {
                        if (vt.cases().get(i).name().equals(vv.caseName())) {
                            return i;
                        }
                    }
                    throw new Trap(TrapKind.HOST_FUNCTION,
                            "variant value case '" + vv.caseName() + "' is not a case of " + TypeNames.of(t));
                }
            }
            case EnumType e -> {
                if (v instanceof EnumVal ev) {
                    int i = e.names().indexOf(ev.caseName());
                    if (i < 0) {
                        throw new Trap(TrapKind.HOST_FUNCTION,
                                "enum value '" + ev.caseName() + "' is not a case of " + TypeNames.of(t));
                    }
                    return i;
                }
            }
            case OptionType o -> {
                if (v instanceof OptionVal ov) {
                    return ov.value().isPresent() ? 1 : 0;
                }
            }
            case ResultType r -> {
                if (v instanceof ResultVal rv) {
                    return rv.isOk() ? 0 : 1;
                }
            }
            default -> throw new IllegalArgumentException("not variant-like: " + t);
        }
        throw ValueExpect.mismatch(t, v);
    }

    /** The payload of {@code v} (already known to be case {@code index} of {@code t}), checked for presence. */
    static Val payload(ValueType t, int index, Val v) throws Trap {
        Optional<Val> p = switch (v) {
            case VariantVal vv -> vv.payload();
            case OptionVal ov -> ov.value();
            case ResultVal rv -> rv.payload();
            default -> Optional.empty();
        };
        boolean wanted = payloadType(t, index) != null;
        if (wanted != p.isPresent()) {
            throw new Trap(TrapKind.HOST_FUNCTION,
                    "case " + index + " of " + TypeNames.of(t) + (wanted ? " needs a payload, none given"
                    : " has no payload, one given"));
        }
        return p.orElse(null);
    }

    /** Builds the value of case {@code index} with {@code payload} ({@code null} if none). */
    static Val make(ValueType t, int index, Val payload) {
        Optional<Val> p = Optional.ofNullable(payload);
        return switch (t) {
            case VariantType v -> new VariantVal(v.cases().get(index).name(), p);
            case EnumType e -> new EnumVal(e.names().get(index));
            case OptionType o -> new OptionVal(p);
            case ResultType r -> new ResultVal(index == 0, p);
            default -> throw new IllegalArgumentException("not variant-like: " + t);
        };
    }
}
