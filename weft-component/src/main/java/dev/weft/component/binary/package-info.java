/**
 * The component binary decoder: {@link dev.weft.component.binary.ComponentDecoder} turns bytes into the
 * {@link dev.weft.component.ast} syntax tree.
 *
 * <p>Structure: {@link dev.weft.component.binary.BinaryReader} is the only class that touches bytes (bounds,
 * LEB128 limits, UTF-8); {@code ComponentReader} walks the preamble and sections and hands each section to one
 * small reader ({@code CustomSectionReader}, {@code CoreModuleReader}, {@code InstanceReader} for core and
 * component instances, {@code CoreTypeReader}, {@code AliasReader}, {@code TypeReader} with
 * {@code DefValTypeReader}, {@code CanonReader}, {@code ImportExportReader}, {@code StartValueReader}); shared
 * pieces live in {@code SortReader}, {@code ExternReader} and {@code CoreValTypeReader}.
 *
 * <p>Reference points: Binary.md of WebAssembly/component-model at the conformance snapshot (binary version
 * {@code 0x0d}), with wasmparser's behaviour and messages where the two differ or Binary.md is silent:
 * <ul>
 *   <li>sorts in instantiate args, inline exports, exports, export aliases and extern types only accept the
 *       {@code core module} core sort ("invalid leading byte (0x..) for component external kind");</li>
 *   <li>core inline exports and core export aliases accept func/table/memory/global/tag;</li>
 *   <li>the value extern type ({@code 0x02}) is followed by a bare {@code valtype} (what all tools emit),
 *       not Binary.md's {@code valuebound};</li>
 *   <li>a {@code core:type} inside a module type is always a rec group (a nested {@code 0x50} is a non-final
 *       sub type, not a module type);</li>
 *   <li>canonical options {@code 0x08} (core-type) and {@code 0x09} (gc) are decoded; {@code thread.spawn-ref}
 *       / {@code thread.spawn-indirect} / {@code thread.available-parallelism} read Binary.md's {@code shared?}
 *       byte (wasmparser does not yet);</li>
 *   <li>{@code resource.drop async} (0x07), async resource types (0x3e) and an {@code always-task-return}
 *       option are not in Binary.md or wasmparser any more and are malformed.</li>
 * </ul>
 * Error messages follow wasmparser's wording ("unexpected end-of-file", "invalid leading byte (0x2) for core
 * instance", "malformed section id", "section size mismatch", "malformed UTF-8 encoding", "integer too large",
 * "invalid boolean value", …) and always carry the absolute offset. Nesting of components and component/instance
 * types is limited to {@link dev.weft.component.binary.BinaryReader#MAX_NESTING} levels.
 */
package dev.weft.component.binary;
