/**
 * Per-instance runtime state of the Canonical ABI: {@link dev.weft.runtime.resource.InstanceState} (handle
 * table, {@code may_leave} / {@code may_enter}), {@link dev.weft.runtime.resource.Table} (index 0 reserved, free
 * list), own / borrow {@link dev.weft.runtime.resource.ResourceHandleEntry} elements with lend counts, the
 * borrow scopes of a call ({@link dev.weft.runtime.resource.TaskScope} on the callee side,
 * {@link dev.weft.runtime.resource.SubtaskScope} on the caller side), and the built-ins
 * {@code resource.new / rep / drop} ({@link dev.weft.runtime.resource.ResourceBuiltins}). Representations are
 * {@link dev.weft.runtime.resource.GuestRep} (an i32 from {@code resource.new}) or
 * {@link dev.weft.runtime.resource.HostRep} (a Java object).
 */
package dev.weft.runtime.resource;
