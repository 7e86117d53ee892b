package dev.weft.component.validate;

import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreGlobalType;
import dev.weft.component.types.CoreInstanceType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.CoreTableType;
import dev.weft.component.types.CoreTagType;
import dev.weft.component.types.CoreTypeDefinition;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.ValueType;

import java.util.List;
import java.util.Set;

/**
 * The resolved type of every item of every index space of a validated component (top level), in index order, as
 * the runtime needs them: e.g. {@code funcs().get(i)} is the type of component function {@code i}.
 *
 * @param definedResources the resource types defined by {@code (resource ...)} in this component
 */
public record IndexSpaces(List<CoreFuncType> coreFuncs, List<CoreTableType> coreTables,
        List<CoreMemoryType> coreMemories, List<CoreGlobalType> coreGlobals, List<CoreTagType> coreTags,
        List<CoreTypeDefinition> coreTypes, List<CoreModuleType> coreModules, List<CoreInstanceType> coreInstances,
        List<FuncType> funcs, List<ValueType> values, List<TypeDefinition> types, List<InstanceType> instances,
        List<ComponentType> components, Set<ResourceType> definedResources) {

    static IndexSpaces of(Scope s) {
        return new IndexSpaces(s.coreFuncs.items(), s.coreTables.items(), s.coreMemories.items(),
                s.coreGlobals.items(), s.coreTags.items(), s.coreTypes.items(), s.coreModules.items(),
                s.coreInstances.items(), s.funcs.items(), s.values.items(), s.types.items(), s.instances.items(),
                s.components.items(), Set.copyOf(s.definedResources.keySet()));
    }
}
