/**
 * Java implementations of community-module operators (Bags, BagsExt, SequencesExt, Folds, FiniteSetsExt, Functions,
 * Randomization, TLCExt), registered by {@link specula.tla.eval.Natives}. Each gives the value its TLA+ definition in
 * the built-in library gives, and fails where that definition fails; the tests compare both. Natives apply to the
 * built-in library's modules only: a user's own module of the same name is evaluated from its text.
 */
package specula.tla.eval.natives;
