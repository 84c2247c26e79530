/**
 * The model checker: {@link specula.tla.check.ModelChecker} (root module, {@link specula.tla.semantic.ModuleSource},
 * {@link specula.tla.check.cfg.ModelConfig}, {@link specula.tla.check.CheckOptions}) returns a
 * {@link specula.tla.check.CheckResult} (outcome with TLC's exit code, figures, error, trace as
 * {@link specula.tla.check.TraceState}s, TLC-style output lines). Breadth-first search is level-synchronous so that 1
 * and N workers give the same counts and shortest counterexamples; seen states are 64-bit fingerprints only and the
 * frontier spills to disk. {@link specula.tla.check.CheckResultJson} gives {@code --json} and ITF exports;
 * {@link specula.tla.check.CheckMain} is a command-line entry point. Liveness properties are counted and reported as
 * not yet supported.
 */
package specula.tla.check;
