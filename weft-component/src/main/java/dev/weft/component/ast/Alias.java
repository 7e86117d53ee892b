package dev.weft.component.ast;

/** {@code alias}: an alias definition (also used as an alias declarator in component and instance types). */
public sealed interface Alias {

    /** The index space the alias adds to. */
    Sort sort();

    long offset();

    /** {@code s 0x00 i:instanceidx n:name}: {@code (alias export i n (s))}. */
    record InstanceExport(Sort sort, long instanceIndex, String name, long offset) implements Alias {}

    /**
     * {@code s 0x01 i:core:instanceidx n:core:name}: {@code (alias core export i n (s))}; {@code sort} is always
     * a {@code CORE_*} sort.
     */
    record CoreInstanceExport(Sort sort, long instanceIndex, String name, long offset) implements Alias {}

    /**
     * {@code s 0x02 ct:u32 idx:u32}: {@code (alias outer ct idx (s))}; {@code sort} is one of
     * {@code CORE_MODULE}, {@code CORE_TYPE}, {@code TYPE}, {@code COMPONENT} (others are malformed).
     */
    record Outer(Sort sort, long count, long index, long offset) implements Alias {}
}
