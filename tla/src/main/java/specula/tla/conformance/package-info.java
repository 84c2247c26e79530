/**
 * Corpus conformance and benchmarks against SANY's recorded verdicts ({@code ../shared/corpus}).
 *
 * <p>{@code java -cp tla/target/classes specula.tla.conformance.Conformance --corpus ../shared/corpus [--quiet]
 * [--verbose]} prints one line per module (and mutant) whose verdict differs, then
 * {@code syntax: <agree>/<total> agree with SANY (<ms> ms)} and
 * {@code syntax-mutants: <agree>/<total> verdicts, <same-line>/<rejected> same line}. {@link
 * specula.tla.conformance.SyntaxConformance} returns the reports as records for the shell and for later phases.
 * {@code specula.tla.conformance.ParseBenchmark} prints cold and warm modules/s and lines/s beside SANY's figures.
 */
package specula.tla.conformance;
