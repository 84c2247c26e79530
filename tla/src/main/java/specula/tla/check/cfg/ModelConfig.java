package specula.tla.check.cfg;

import java.util.List;
import java.util.Optional;

/**
 * A TLC model: what a {@code .cfg} file says (or what the shell assembles from {@code --init/--next/--inv/--const}).
 * Multi-valued keywords accumulate across repetitions; single-valued ones are empty when absent.
 */
public record ModelConfig(
    List<ConstantEntry> constants,
    Optional<String> init,
    Optional<String> next,
    Optional<String> specification,
    List<String> invariants,
    List<String> properties,
    List<String> constraints,
    List<String> actionConstraints,
    Optional<String> symmetry,
    Optional<String> view,
    Optional<String> alias,
    Optional<String> postcondition,
    Optional<Boolean> checkDeadlock,
    List<String> typeConstraints) {

  public ModelConfig {
    constants = List.copyOf(constants);
    invariants = List.copyOf(invariants);
    properties = List.copyOf(properties);
    constraints = List.copyOf(constraints);
    actionConstraints = List.copyOf(actionConstraints);
    typeConstraints = List.copyOf(typeConstraints);
  }

  public static ModelConfig empty() {
    return new ModelConfig(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of());
  }

  /** TLC checks deadlock unless told otherwise. */
  public boolean checkDeadlockOrDefault() {
    return checkDeadlock.orElse(true);
  }

  /** The entry for a constant (the last one wins, as later entries override earlier ones), if any. */
  public Optional<ConstantEntry> constant(String name) {
    ConstantEntry found = null;
    for (ConstantEntry e : constants) {
      if (e.name().equals(name) && e.module() == null) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }
}
