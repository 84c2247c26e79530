/**
 * The embedded model checker seen from the pipeline: module lookup over the session workspace, a
 * {@link specula.commands.runtime.ModelRunner} for the runtime-correction loop, the check step with its
 * one-line outcomes, cfa's {@link specula.commands.cfa.BehaviourOracle}, and trace validation.
 */
package specula.commands.check;
