package dev.weft.component.validate;

import dev.weft.component.ast.CoreSortIndex;
import dev.weft.component.ast.SortIndex;
import dev.weft.component.types.CoreExternType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.error.ValidationException;

/** Looks up the resolved type of a {@code sortidx} / {@code core:sortidx} in a scope. */
final class Sorts {
    private Sorts() {
    }

    static ExternType externOf(SortIndex si, Scope scope, long offset) throws ValidationException {
        return switch (si.sort()) {
            case FUNC -> scope.funcs.get(si.index(), offset);
            case VALUE -> new ValueExtern(scope.values.get(si.index(), offset));
            case TYPE -> new TypeExtern(new TypeBound.Eq(scope.types.get(si.index(), offset)));
            case INSTANCE -> scope.instances.get(si.index(), offset);
            case COMPONENT -> scope.components.get(si.index(), offset);
            case CORE_MODULE -> scope.coreModules.get(si.index(), offset);
            case CORE_FUNC, CORE_TABLE, CORE_MEMORY, CORE_GLOBAL, CORE_TAG, CORE_TYPE, CORE_INSTANCE ->
                    throw new ValidationException(si.sort().text() + " " + si.index()
                            + " cannot be used as a component-level item (only core modules can)", offset);
        };
    }

    static CoreExternType coreExternOf(CoreSortIndex si, Scope scope, long offset) throws ValidationException {
        return switch (si.sort()) {
            case FUNC -> scope.coreFuncs.get(si.index(), offset);
            case TABLE -> scope.coreTables.get(si.index(), offset);
            case MEMORY -> scope.coreMemories.get(si.index(), offset);
            case GLOBAL -> scope.coreGlobals.get(si.index(), offset);
            case TAG -> scope.coreTags.get(si.index(), offset);
            case TYPE, MODULE, INSTANCE -> throw new ValidationException("core " + si.sort().text() + " "
                    + si.index() + " cannot be exported from a core instance", offset);
        };
    }
}
