package specula.tla.check.cfg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assembles a {@link ModelConfig} piece by piece, e.g. from shell options
 * ({@code check --init Init --next Next --inv TypeOK --const N=3 --const "S={a,b}"}), or amends a parsed one.
 */
public final class ModelConfigBuilder {
  private final List<ConstantEntry> constants = new ArrayList<>();
  private final List<String> invariants = new ArrayList<>();
  private final List<String> properties = new ArrayList<>();
  private final List<String> constraints = new ArrayList<>();
  private final List<String> actionConstraints = new ArrayList<>();
  private final List<String> typeConstraints = new ArrayList<>();
  private String init;
  private String next;
  private String specification;
  private String symmetry;
  private String view;
  private String alias;
  private String postcondition;
  private Boolean checkDeadlock;

  public ModelConfigBuilder() {
  }

  /** Starts from an existing model (later calls add to or replace its parts). */
  public ModelConfigBuilder(ModelConfig base) {
    constants.addAll(base.constants());
    invariants.addAll(base.invariants());
    properties.addAll(base.properties());
    constraints.addAll(base.constraints());
    actionConstraints.addAll(base.actionConstraints());
    typeConstraints.addAll(base.typeConstraints());
    init = base.init().orElse(null);
    next = base.next().orElse(null);
    specification = base.specification().orElse(null);
    symmetry = base.symmetry().orElse(null);
    view = base.view().orElse(null);
    alias = base.alias().orElse(null);
    postcondition = base.postcondition().orElse(null);
    checkDeadlock = base.checkDeadlock().orElse(null);
  }

  /**
   * Adds a constant written as in a .cfg file ({@code N=3}, {@code S = {a, b}}, {@code C <- Def},
   * {@code C <- [M] D}); a later entry for the same name replaces an earlier one. Errors name {@code origin}.
   */
  public ModelConfigBuilder constant(String text, String origin) {
    ModelConfig one = ConfigParser.parse(origin, "CONSTANT " + text);
    if (one.constants().size() != 1) {
      throw new ConfigException(new SourcePos(origin, 1, 1), "Expected exactly one constant entry in: " + text);
    }
    ConstantEntry e = one.constants().get(0);
    constants.removeIf(c -> c.name().equals(e.name()) && java.util.Objects.equals(c.module(), e.module()));
    constants.add(e);
    return this;
  }

  public ModelConfigBuilder init(String name) {
    this.init = name;
    return this;
  }

  public ModelConfigBuilder next(String name) {
    this.next = name;
    return this;
  }

  public ModelConfigBuilder specification(String name) {
    this.specification = name;
    return this;
  }

  public ModelConfigBuilder invariant(String name) {
    invariants.add(name);
    return this;
  }

  public ModelConfigBuilder property(String name) {
    properties.add(name);
    return this;
  }

  public ModelConfigBuilder constraint(String name) {
    constraints.add(name);
    return this;
  }

  public ModelConfigBuilder actionConstraint(String name) {
    actionConstraints.add(name);
    return this;
  }

  public ModelConfigBuilder symmetry(String name) {
    this.symmetry = name;
    return this;
  }

  public ModelConfigBuilder view(String name) {
    this.view = name;
    return this;
  }

  public ModelConfigBuilder alias(String name) {
    this.alias = name;
    return this;
  }

  public ModelConfigBuilder postcondition(String name) {
    this.postcondition = name;
    return this;
  }

  public ModelConfigBuilder checkDeadlock(boolean check) {
    this.checkDeadlock = check;
    return this;
  }

  public ModelConfig build() {
    return new ModelConfig(constants, Optional.ofNullable(init), Optional.ofNullable(next),
        Optional.ofNullable(specification), invariants, properties, constraints, actionConstraints,
        Optional.ofNullable(symmetry), Optional.ofNullable(view), Optional.ofNullable(alias),
        Optional.ofNullable(postcondition), Optional.ofNullable(checkDeadlock), typeConstraints);
  }
}
