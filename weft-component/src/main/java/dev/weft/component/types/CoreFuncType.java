package dev.weft.component.types;

import java.util.List;

/** The type of a core WebAssembly function: parameter and result types. */
public record CoreFuncType(List<CoreValType> params, List<CoreValType> results)
        implements CoreExternType, CoreTypeDefinition {
    public CoreFuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(func");
        if (!params.isEmpty()) {
            sb.append(" (param");
            params.forEach(p -> sb.append(' ').append(p));
            sb.append(')');
        }
        if (!results.isEmpty()) {
            sb.append(" (result");
            results.forEach(r -> sb.append(' ').append(r));
            sb.append(')');
        }
        return sb.append(')').toString();
    }
}
