/**
 * TLA+ values with TLC's semantics: canonical immutable representations, TLC's equality and total order (with its
 * "Attempted to compare/check equality" errors), TLC-style printing and 64-bit fingerprints that are equal for
 * equal values whatever their representation (an interval and the enumerated set it denotes, a record and the
 * function with the same string domain).
 *
 * <p>Entry points: {@link specula.tla.eval.value.Values} (factories), {@link specula.tla.eval.value.SetOps},
 * {@link specula.tla.eval.value.FcnOps}, {@link specula.tla.eval.value.SeqOps},
 * {@link specula.tla.eval.value.IntArith}, {@link specula.tla.eval.value.ValuePrinter}.
 */
package specula.tla.eval.value;
