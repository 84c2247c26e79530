package specula.tla.check.cfg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import specula.tla.check.cfg.ConfigLexer.Token;
import specula.tla.check.cfg.ConfigLexer.Type;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;

/**
 * Parser for TLC configuration files. Grammar: a sequence of sections, each a keyword followed by its entries;
 * list keywords may repeat and accumulate, single-valued ones (INIT, NEXT, ...) may appear once. Constant entries are
 * {@code name[(_, ...)] = [ [Mod] ] value} or {@code name[(_, ...)] <- [ [Mod] ] definition}.
 */
public final class ConfigParser {
  static final Set<String> KEYWORDS = Set.of("CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION",
      "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
      "ACTION_CONSTRAINTS", "SYMMETRY", "VIEW", "ALIAS", "POSTCONDITION", "CHECK_DEADLOCK", "TYPE",
      "TYPE_CONSTRAINT");

  private List<Token> toks;
  private int p;

  public static ModelConfig parse(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses {@code text}; {@code fileName} is only used in error positions. */
  public static ModelConfig parse(String fileName, String text) {
    return new ConfigParser().run(new ConfigLexer(fileName, text).tokens());
  }

  private ModelConfig run(List<Token> tokens) {
    this.toks = tokens;
    this.p = 0;
    List<ConstantEntry> constants = new ArrayList<>();
    List<String> invariants = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    List<String> constraints = new ArrayList<>();
    List<String> actionConstraints = new ArrayList<>();
    List<String> typeConstraints = new ArrayList<>();
    String init = null;
    String next = null;
    String spec = null;
    String symmetry = null;
    String view = null;
    String alias = null;
    String post = null;
    Boolean deadlock = null;
    while (peek().type() != Type.EOF) {
      Token kw = take();
      if (kw.type() != Type.IDENT || !KEYWORDS.contains(kw.text())) {
        throw new ConfigException(kw.pos(), "It was expecting a keyword, but did not find it (found "
            + kw.describe() + ").");
      }
      switch (kw.text()) {
        case "CONSTANT", "CONSTANTS" -> {
          while (isName(peek())) {
            constants.add(constantEntry());
          }
        }
        case "INIT" -> init = once(kw, init, single(kw));
        case "NEXT" -> next = once(kw, next, single(kw));
        case "SPECIFICATION" -> spec = once(kw, spec, single(kw));
        case "SYMMETRY" -> symmetry = once(kw, symmetry, single(kw));
        case "VIEW" -> view = once(kw, view, single(kw));
        case "ALIAS" -> alias = once(kw, alias, single(kw));
        case "POSTCONDITION" -> post = once(kw, post, single(kw));
        case "INVARIANT", "INVARIANTS" -> names(invariants);
        case "PROPERTY", "PROPERTIES" -> names(properties);
        case "CONSTRAINT", "CONSTRAINTS" -> names(constraints);
        case "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS" -> names(actionConstraints);
        case "TYPE", "TYPE_CONSTRAINT" -> names(typeConstraints);
        case "CHECK_DEADLOCK" -> {
          Token t = take();
          if (!t.is("TRUE") && !t.is("FALSE")) {
            throw new ConfigException(t.pos(), "CHECK_DEADLOCK should be followed by TRUE or FALSE, but found "
                + t.describe() + ".");
          }
          deadlock = t.is("TRUE");
        }
        default -> throw new IllegalStateException(kw.text());
      }
    }
    return new ModelConfig(constants, Optional.ofNullable(init), Optional.ofNullable(next),
        Optional.ofNullable(spec), invariants, properties, constraints, actionConstraints,
        Optional.ofNullable(symmetry), Optional.ofNullable(view), Optional.ofNullable(alias),
        Optional.ofNullable(post), Optional.ofNullable(deadlock), typeConstraints);
  }

  private ConstantEntry constantEntry() {
    Token name = take();
    int arity = 0;
    if (peek().is("(")) {
      take();
      do {
        expect("_");
        arity++;
      } while (accept(","));
      expect(")");
    }
    Token op = take();
    if (!op.is("=") && !op.is("<-")) {
      throw new ConfigException(op.pos(), "It was expecting = or <-, but did not find it.");
    }
    String module = null;
    if (peek().is("[")) {
      take();
      Token m = take();
      if (!isName(m)) {
        throw new ConfigException(m.pos(), "Expected a module name, but found " + m.describe() + ".");
      }
      module = m.text();
      expect("]");
    }
    if (op.is("<-")) {
      Token target = take();
      if (!isName(target)) {
        throw new ConfigException(target.pos(), "Expected the name of a definition after <-, but found "
            + target.describe() + ".");
      }
      return new ConstantEntry.Substitution(name.text(), arity, module, target.text(), name.pos());
    }
    return new ConstantEntry.Assignment(name.text(), arity, module, value(), name.pos());
  }

  private Value value() {
    Token t = take();
    try {
      if (t.type() == Type.NUMBER) {
        return number(t, t.text());
      }
      if (t.is("-") && peek().type() == Type.NUMBER) {
        return number(t, "-" + take().text());
      }
      if (t.type() == Type.STRING) {
        return StringValue.of(t.text());
      }
      if (t.is("TRUE") || t.is("FALSE")) {
        return BoolValue.of(t.is("TRUE"));
      }
      if (isName(t)) {
        return ModelValue.of(t.text());
      }
      if (t.is("{")) {
        return SetEnumValue.of(values("}"));
      }
      if (t.is("<<")) {
        return TupleValue.of(values(">>"));
      }
    } catch (ValueException e) {
      throw new ConfigException(t.pos(), e.getMessage());
    }
    throw new ConfigException(t.pos(), "Expected a value (a number, string, TRUE, FALSE, model value, set or "
        + "tuple), but found " + t.describe() + ".");
  }

  private List<Value> values(String close) {
    List<Value> out = new ArrayList<>();
    if (accept(close)) {
      return out;
    }
    do {
      out.add(value());
    } while (accept(","));
    expect(close);
    return out;
  }

  private static Value number(Token t, String text) {
    try {
      return IntValue.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw new ConfigException(t.pos(), "The number " + text + " is not in the range of TLC's integers "
          + "(-2147483648..2147483647).");
    }
  }

  private String single(Token kw) {
    Token t = take();
    if (!isName(t)) {
      throw new ConfigException(kw.pos(), "The keyword " + kw.text() + " was not followed by an identifier.");
    }
    return t.text();
  }

  /** TLC rejects a second INIT, NEXT, SPECIFICATION, ... (lists such as INVARIANT accumulate instead). */
  private static String once(Token kw, String previous, String value) {
    if (previous != null) {
      throw new ConfigException(kw.pos(), "The keyword " + kw.text() + " appeared twice.");
    }
    return value;
  }

  private void names(List<String> into) {
    while (isName(peek())) {
      into.add(take().text());
    }
  }

  private static boolean isName(Token t) {
    return t.type() == Type.IDENT && !KEYWORDS.contains(t.text());
  }

  private Token peek() {
    return toks.get(p);
  }

  private Token take() {
    Token t = toks.get(p);
    if (t.type() != Type.EOF) {
      p++;
    }
    return t;
  }

  private boolean accept(String s) {
    if (peek().is(s)) {
      p++;
      return true;
    }
    return false;
  }

  private void expect(String s) {
    Token t = take();
    if (!t.is(s)) {
      throw new ConfigException(t.pos(), "Expected " + s + " but found " + t.describe() + ".");
    }
  }
}
