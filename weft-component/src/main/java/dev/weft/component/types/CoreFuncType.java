package dev.weft.component.types;

import java.util.List;

public record CoreFuncType(List<CoreValType> params, List<CoreValType> results)
        implements CoreExternType, CoreTypeDefinition {
    public CoreFuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    @Override
    public String toString() {
        return "(func (param" + params.stream().map(p -> " " + p).reduce("", String::concat) + ") (result"
                + results.stream().map(p -> " " + p).reduce("", String::concat) + "))";
    }
}
