/**
 * Component-model async (CanonicalABI.md "Concurrency"): the spec's threads as {@link dev.weft.runtime.async.Fiber}s
 * (one Java platform thread each, only one running at a time per {@link dev.weft.runtime.async.AsyncStore}),
 * tasks, waitables, waitable sets, subtasks, streams, futures and error contexts, modelled on the reference
 * {@code definitions.py}. Synchronous calls never make a fiber: they run inline on the caller's thread.
 */
package dev.weft.runtime.async;
