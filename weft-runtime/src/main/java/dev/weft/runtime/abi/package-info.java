/**
 * The Canonical ABI (CanonicalABI.md and its executable reference definitions.py): how component-model values
 * are lifted from and lowered to core wasm values and linear memory.
 *
 * <p>Entry points for the linker:
 * <ul>
 *   <li>{@link dev.weft.runtime.abi.CanonLift}: an export (a lifted core function) called from the host or, via
 *       {@link dev.weft.runtime.abi.CanonLift#calledFrom}, from another instance's lowered import;</li>
 *   <li>{@link dev.weft.runtime.abi.CanonLower}: a lowered import, the {@link dev.weft.runtime.abi.FlatFunction}
 *       the guest calls, implemented by a {@link dev.weft.runtime.abi.HostFunction};</li>
 *   <li>{@link dev.weft.runtime.abi.CanonOptions} (memory, realloc, post-return, string-encoding) over
 *       {@link dev.weft.runtime.abi.GuestMemory} (e.g. {@link dev.weft.runtime.abi.CoreMemoryAccess}) and
 *       {@link dev.weft.runtime.abi.Realloc};</li>
 *   <li>{@link dev.weft.runtime.abi.TypeLayouts}: sizes, alignments and flat types, cached per type instance;
 *       {@link dev.weft.runtime.abi.Flattening} for core signatures.</li>
 * </ul>
 * Lower-level pieces follow the spec's sections: {@link dev.weft.runtime.abi.MemoryLoader} /
 * {@link dev.weft.runtime.abi.MemoryStorer} (load / store), {@link dev.weft.runtime.abi.FlatLifter} /
 * {@link dev.weft.runtime.abi.FlatLowerer} (lift_flat / lower_flat), {@link dev.weft.runtime.abi.FlatValues}
 * (lift_flat_values / lower_flat_values) and {@link dev.weft.runtime.abi.StringCodec} (strings and transcoding).
 * Those are the reference; calls run through plans built from them once per type, {@code ValueCodec} nodes (and
 * {@code ValuesCodec} per parameter or result list) cached in {@link dev.weft.runtime.abi.TypeLayouts}, which do
 * the same work without a type dispatch or layout lookup per value ({@code ValueCodecAgreementTest} holds them
 * to the reference). A lifted string is the spec's {@code String} triple: its {@link dev.weft.value.StringVal} carries the
 * {@link dev.weft.value.StringOrigin} (encoding, tagged code units) that lowering it elsewhere transcodes from.
 * Every failure caused by guest behaviour or by a value that does not fit its type is a
 * {@link dev.weft.error.Trap}. Only synchronous functions and 32-bit memories are supported; stream, future and
 * error-context values trap.
 */
package dev.weft.runtime.abi;
