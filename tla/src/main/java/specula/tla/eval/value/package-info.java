/**
 * TLA+ values with TLC's semantics: canonical immutable representations, TLC's equality and total order (with its
 * "Attempted to compare/check equality" errors), TLC-style printing and 64-bit fingerprints that are equal for
 * equal values whatever their representation (an interval and the enumerated set it denotes, a record and the
 * function with the same string domain).
 *
 * <p>Entry points: {@link specula.tla.eval.value.Values} (factories), {@link specula.tla.eval.value.SetOps},
 * {@link specula.tla.eval.value.FcnOps}, {@link specula.tla.eval.value.SeqOps},
 * {@link specula.tla.eval.value.IntArith} (operators with TLC's errors), {@link specula.tla.eval.value.ValuePrinter}
 * and {@link specula.tla.eval.value.PrettyPrinter} (TLC's flat and multi-line output),
 * {@link specula.tla.eval.value.LazyFunctionValue} (functions by rule), {@link specula.tla.eval.value.Symmetry}
 * (model-value permutations), {@link specula.tla.eval.value.PermutationGroup} (symmetry reduction of states),
 * {@link specula.tla.eval.value.Fingerprint#ofState} and
 * {@link specula.tla.eval.value.ValueInterner}. Errors are {@link specula.tla.eval.value.ValueException}s carrying
 * TLC's message; the evaluator adds the source location.
 *
 * <p>Known differences from TLC: records are ordered (for set order, CHOOSE among several records) by field name
 * as strings, where TLC uses the order in which names were first interned while parsing; printing can follow the
 * spec's order through {@link specula.tla.eval.value.ValuePrinter}'s field comparator. Fingerprints are not TLC's
 * Rabin fingerprints (only their equality matters).
 */
package specula.tla.eval.value;
