/**
 * Instruments core modules for fuel and call-depth metering before they are compiled ({@link
 * dev.weft.runtime.meter.ModuleMeter}): Endive has no fuel of its own, so metered code counts down mutable i64
 * globals that the host owns ({@code dev.weft.runtime.engine.CoreStore}) and traps with {@code unreachable} when
 * one goes below zero.
 */
package dev.weft.runtime.meter;
