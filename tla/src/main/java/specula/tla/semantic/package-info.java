/**
 * Semantic analysis of TLA+ as SANY does it: the module system (EXTENDS, INSTANCE with substitutions, LOCAL,
 * submodules, modules after a file's first one), name resolution, arity and level checking, with SANY's error codes,
 * wording and ranges. Entry point: {@link specula.tla.semantic.SpecFront}; output:
 * {@link specula.tla.semantic.SemanticResult} holding {@link specula.tla.semantic.ResolvedModule}s (definitions in
 * order, a resolution for every name occurrence, levels) and {@link specula.tla.semantic.Diagnostics}.
 */
package specula.tla.semantic;
