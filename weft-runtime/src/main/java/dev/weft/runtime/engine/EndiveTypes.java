package dev.weft.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.MutabilityType;
import run.endive.wasm.types.TableLimits;
import run.endive.wasm.types.ValType;

/** Converts between Endive's type objects and Weft's core types. */
final class EndiveTypes {

    private EndiveTypes() {}

    /** A type Weft's core interface does not model (GC references, exception references). */
    static final class UnsupportedTypeException extends Exception {
        UnsupportedTypeException(String message) {
            super(message);
        }
    }

    static CoreValType toCore(ValType type) throws UnsupportedTypeException {
        if (type.equals(ValType.I32)) {
            return CoreValType.I32;
        } else if (type.equals(ValType.I64)) {
            return CoreValType.I64;
        } else if (type.equals(ValType.F32)) {
            return CoreValType.F32;
        } else if (type.equals(ValType.F64)) {
            return CoreValType.F64;
        } else if (type.equals(ValType.V128)) {
            return CoreValType.V128;
        } else if (type.equals(ValType.FuncRef)) {
            return CoreValType.FUNCREF;
        } else if (type.equals(ValType.ExternRef)) {
            return CoreValType.EXTERNREF;
        }
        throw new UnsupportedTypeException("unsupported core value type " + type);
    }

    static ValType toEndive(CoreValType type) {
        return switch (type) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
            case V128 -> ValType.V128;
            case FUNCREF -> ValType.FuncRef;
            case EXTERNREF -> ValType.ExternRef;
        };
    }

    static CoreFuncType toCore(FunctionType type) throws UnsupportedTypeException {
        return CoreFuncType.canonical(new CoreFuncType(toCore(type.params()), toCore(type.returns())));
    }

    static FunctionType toEndive(CoreFuncType type) {
        return FunctionType.of(
                type.params().stream().map(EndiveTypes::toEndive).toList(),
                type.results().stream().map(EndiveTypes::toEndive).toList());
    }

    private static List<CoreValType> toCore(List<ValType> types) throws UnsupportedTypeException {
        var result = new ArrayList<CoreValType>(types.size());
        for (ValType t : types) {
            result.add(toCore(t));
        }
        return result;
    }

    static CoreMemoryType toCore(MemoryLimits limits) {
        OptionalInt max = limits.maximumPages() == MemoryLimits.MAX_PAGES
                ? OptionalInt.empty()
                : OptionalInt.of(limits.maximumPages());
        return new CoreMemoryType(limits.initialPages(), max, limits.shared());
    }

    static MemoryLimits toEndive(CoreMemoryType type) {
        return new MemoryLimits(type.minPages(), type.maxPages().orElse(MemoryLimits.MAX_PAGES), type.shared());
    }

    static CoreTableType toCore(ValType element, TableLimits limits) throws UnsupportedTypeException {
        OptionalLong max = limits.max() == TableLimits.LIMIT_MAX ? OptionalLong.empty() : OptionalLong.of(limits.max());
        return new CoreTableType(toCore(element), limits.min(), max);
    }

    static TableLimits toEndive(CoreTableType type) {
        return new TableLimits(type.min(), type.max().orElse(TableLimits.LIMIT_MAX));
    }

    static CoreGlobalType toCore(ValType type, MutabilityType mutability) throws UnsupportedTypeException {
        return new CoreGlobalType(toCore(type), mutability == MutabilityType.Var);
    }
}
