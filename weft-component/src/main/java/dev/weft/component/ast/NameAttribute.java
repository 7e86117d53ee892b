package dev.weft.component.ast;

/** {@code attribute}: an attribute of an extern name (🏷️/🔗). */
public sealed interface NameAttribute {

    /** {@code 0x00 len:u32 in:interfacename}: {@code (implements "in")}. */
    record Implements(String interfaceName) implements NameAttribute {}

    /** {@code 0x01 len:u32 vs:semversuffix}: {@code (versionsuffix "vs")}. */
    record VersionSuffix(String suffix) implements NameAttribute {}

    /** {@code 0x02 n:name}: {@code (external-id n)}. */
    record ExternalId(String id) implements NameAttribute {}
}
