package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;

import java.util.List;

/**
 * What the ABI needs per function type, computed once: parameter / result types as lists, the tuple types used
 * when they are passed through memory, and their flattened core types.
 */
public record FuncLayout(FuncType type, List<ValueType> params, List<ValueType> results, TupleType paramTuple,
                         TupleType resultTuple, List<FlatType> flatParams, List<FlatType> flatResults) {

    static FuncLayout compute(TypeLayouts layouts, FuncType ft) {
        List<ValueType> params = ft.params().stream().map(FuncType.Param::type).toList();
        List<ValueType> results = TypeLayouts.resultTypes(ft.result());
        return new FuncLayout(ft, params, results, new TupleType(params), new TupleType(results),
                layouts.flatten(params), layouts.flatten(results));
    }
}
