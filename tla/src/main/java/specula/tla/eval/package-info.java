/**
 * The evaluator: {@link specula.tla.eval.SpecLoader} parses a root module with its EXTENDS/INSTANCE closure (module
 * texts are found by {@link specula.tla.semantic.ModuleResolver}, the lookup the front end uses) and binds every name
 * ({@link specula.tla.eval.Scope}, {@link specula.tla.eval.Binding}); {@link specula.tla.eval.Evaluator} evaluates
 * expressions with TLC's semantics and error wording; {@link specula.tla.eval.ActionEnumerator} enumerates Init
 * states and Next successors as TLC does; {@link specula.tla.eval.Natives} holds the Java implementations of library
 * operators (community modules in {@code eval.natives}); {@link specula.tla.eval.ExpressionEvaluator} is the
 * facade for the shell's {@code eval EXPR}.
 *
 * <p>The evaluator walks the syntax tree (names are resolved at evaluation time through an environment and the
 * module scope, with per-definition caches); compiling to closures with slot-bound names is the next step for speed.
 */
package specula.tla.eval;
