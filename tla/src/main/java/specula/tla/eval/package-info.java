/**
 * The evaluator: {@link specula.tla.eval.SpecLoader} parses a root module with its EXTENDS/INSTANCE closure (module
 * texts are found by {@link specula.tla.semantic.ModuleResolver}, the lookup the front end uses) and binds every name
 * ({@link specula.tla.eval.Scope}, {@link specula.tla.eval.Binding}); {@link specula.tla.eval.Evaluator} evaluates
 * expressions with TLC's semantics and error wording; {@link specula.tla.eval.ActionEnumerator} enumerates Init
 * states and Next successors as TLC does; {@link specula.tla.eval.Natives} holds the Java implementations of library
 * operators (community modules in {@code eval.natives}); {@link specula.tla.eval.ExpressionEvaluator} is the
 * facade for the shell's {@code eval EXPR}.
 *
 * <p>Expressions are compiled once per scope into trees of {@code Code} nodes ({@code Compiler}, {@code
 * CompiledNames}, {@code CompiledOps}, {@code CompiledBinders}) and Init/Next formulas into {@code Act} nodes
 * ({@code CompiledActions}): module-level names are resolved to their {@link specula.tla.eval.Binding} when
 * compiled, bound names are found in the environment by the identity of their binder's string, built-in operators
 * are chosen once. An expression entered with an environment the compiler did not see ("open") still looks its
 * module-level names up in that environment first. What depends on run-time bindings (thunks, INSTANCE
 * substitutions, parameterised instances) falls back to the tree-walking code of {@code Evaluator.eval0},
 * {@code Calls} and {@code ActionRuntime}, which define the semantics the compiled forms reproduce.
 */
package specula.tla.eval;
