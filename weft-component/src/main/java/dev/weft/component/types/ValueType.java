package dev.weft.component.types;

/**
 * A resolved component-model value type (Explainer.md "Value types"). Structural records compare by
 * structure; {@link ResourceType} compares by identity, since resource types are generative.
 */
public sealed interface ValueType extends TypeDefinition
        permits PrimitiveType, RecordType, VariantType, ListType, FixedListType, MapType, TupleType, FlagsType,
        EnumType, OptionType, ResultType, OwnType, BorrowType, StreamType, FutureType {
}
