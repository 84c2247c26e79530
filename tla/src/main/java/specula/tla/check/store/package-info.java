/**
 * Model-checker storage: the seen-state fingerprint set ({@link specula.tla.check.store.FingerprintSet}), the BFS
 * state queue that spills to disk ({@link specula.tla.check.store.SpillingQueue}), the compact binary value codec
 * ({@link specula.tla.check.store.ValueCodec}) and the trace store used to rebuild counterexamples
 * ({@link specula.tla.check.store.TraceStore}). Run {@link specula.tla.check.store.StoreBenchmark} for figures.
 */
package specula.tla.check.store;
