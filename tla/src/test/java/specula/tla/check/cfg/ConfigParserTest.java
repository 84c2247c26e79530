package specula.tla.check.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.Values;

class ConfigParserTest {

  private static final String FULL = """
      \\* a comment
      (* a block (* nested *) comment *)
      CONSTANTS
          Server = {s1, s2, s3}
          Nil = Nil
          N = 3  M = -2
          Name = "x\\"y"
          Flag = TRUE
          Pairs = {<<1, "a">>, <<2, "b">>}
          Proc <- const_1
          Ballot <-[Voting] MCBallot
          NoHash = [Nano]NoHashVal
          F(_, _) <- MCF
      CONSTANT Extra = e
      SPECIFICATION Spec
      INVARIANT TypeOK
      INVARIANTS Inv1 Inv2
      PROPERTY Prop1
      PROPERTIES Prop2
      CONSTRAINT StateBound
      ACTION_CONSTRAINT ActBound
      SYMMETRY Perms
      VIEW View
      ALIAS Alias
      POSTCONDITION Post
      CHECK_DEADLOCK FALSE
      """;

  @Test
  void parsesEveryKeyword() {
    ModelConfig c = ConfigParser.parse("full.cfg", FULL);
    assertEquals(12, c.constants().size());
    var server = (ConstantEntry.Assignment) c.constant("Server").orElseThrow();
    assertEquals(Values.set(ModelValue.of("s1"), ModelValue.of("s2"), ModelValue.of("s3")), server.value());
    assertEquals(new SourcePos("full.cfg", 4, 5), server.pos());
    assertEquals(ModelValue.of("Nil"), ((ConstantEntry.Assignment) c.constant("Nil").orElseThrow()).value());
    assertEquals(Values.integer(-2), ((ConstantEntry.Assignment) c.constant("M").orElseThrow()).value());
    assertEquals(Values.string("x\"y"), ((ConstantEntry.Assignment) c.constant("Name").orElseThrow()).value());
    assertEquals("{<<1, \"a\">>, <<2, \"b\">>}",
        ((ConstantEntry.Assignment) c.constant("Pairs").orElseThrow()).value().toString());
    var proc = assertInstanceOf(ConstantEntry.Substitution.class, c.constant("Proc").orElseThrow());
    assertEquals("const_1", proc.target());
    var ballot = (ConstantEntry.Substitution) c.constants().get(8);
    assertEquals("Voting", ballot.module());
    assertEquals("MCBallot", ballot.target());
    var noHash = (ConstantEntry.Assignment) c.constants().get(9);
    assertEquals("Nano", noHash.module());
    assertEquals(2, c.constants().get(10).arity());
    assertEquals(Optional.of("Spec"), c.specification());
    assertEquals(List.of("TypeOK", "Inv1", "Inv2"), c.invariants());
    assertEquals(List.of("Prop1", "Prop2"), c.properties());
    assertEquals(List.of("StateBound"), c.constraints());
    assertEquals(List.of("ActBound"), c.actionConstraints());
    assertEquals(Optional.of("Perms"), c.symmetry());
    assertEquals(Optional.of("View"), c.view());
    assertEquals(Optional.of("Alias"), c.alias());
    assertEquals(Optional.of("Post"), c.postcondition());
    assertFalse(c.checkDeadlockOrDefault());
  }

  @Test
  void printerRoundTrips() {
    ModelConfig c = ConfigParser.parse("full.cfg", FULL);
    String printed = ConfigPrinter.print(c);
    ModelConfig again = ConfigParser.parse("printed.cfg", printed);
    assertEquals(printed, ConfigPrinter.print(again));
    assertEquals(c.invariants(), again.invariants());
    assertEquals(c.constants().size(), again.constants().size());
    assertTrue(printed.contains("Ballot <- [Voting] MCBallot"), printed);
  }

  @Test
  void errorsCarryPositionAndTlcWording() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigParser.parse("bad.cfg", "INIT Init\nCONSTANTS\n  N 3\n"));
    assertEquals(new SourcePos("bad.cfg", 3, 5), e.pos());
    assertTrue(e.getMessage().startsWith("bad.cfg:3:5: TLC found an error in the configuration file at line 3\n"),
        e.getMessage());
    assertEquals("It was expecting = or <-, but did not find it.", e.detail());
    e = assertThrows(ConfigException.class, () -> ConfigParser.parse("bad.cfg", "Init\n"));
    assertEquals(1, e.pos().line());
    e = assertThrows(ConfigException.class, () -> ConfigParser.parse("bad.cfg", "INIT A\nINIT B\n"));
    assertEquals("The keyword INIT appeared twice.", e.detail());
    assertEquals(2, e.pos().line());
    e = assertThrows(ConfigException.class, () -> ConfigParser.parse("bad.cfg", "NEXT\n"));
    assertEquals("The keyword NEXT was not followed by an identifier.", e.detail());
    e = assertThrows(ConfigException.class, () -> ConfigParser.parse("bad.cfg", "CHECK_DEADLOCK maybe"));
    assertEquals(16, e.pos().column());
    e = assertThrows(ConfigException.class, () -> ConfigParser.parse("bad.cfg", "CONSTANT S = {1, \"a\"}"));
    assertTrue(e.detail().startsWith("Attempted to compare"), e.detail());
    assertThrows(ConfigException.class, () -> ConfigParser.parse("bad.cfg", "(* never closed"));
    assertThrows(ConfigException.class, () -> ConfigParser.parse("bad.cfg", "CONSTANT N = 99999999999"));
  }

  @Test
  void defaultsWhenAbsent() {
    ModelConfig c = ConfigParser.parse("min.cfg", "INIT Init NEXT Next");
    assertEquals(Optional.of("Init"), c.init());
    assertEquals(Optional.of("Next"), c.next());
    assertTrue(c.checkDeadlockOrDefault());
    assertTrue(c.constants().isEmpty());
  }

  @Test
  void everyCorpusAndSeedConfigParses() throws IOException {
    Optional<Path> shared = SharedRoot.shared();
    assumeTrue(shared.isPresent(), "../shared is absent: skipping the corpus configuration files");
    List<Path> files = new ArrayList<>();
    Path examples = shared.get().resolve("corpus/examples");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> s = Files.walk(examples)) {
        s.filter(f -> f.toString().endsWith(".cfg")).sorted().limit(2000).forEach(files::add);
      }
    }
    for (String step : List.of("step3", "step4")) {
      Path raft = shared.get().resolve("seed/etcd/spec/" + step + "/Raft.cfg");
      if (Files.exists(raft)) {
        files.add(raft);
      }
    }
    assumeTrue(!files.isEmpty(), "no .cfg files under ../shared");
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      try {
        ModelConfig c = ConfigParser.parse(f);
        ModelConfig again = ConfigParser.parse("printed", ConfigPrinter.print(c));
        if (!ConfigPrinter.print(again).equals(ConfigPrinter.print(c))) {
          failures.add(f + ": printer round trip differs");
        }
      } catch (ConfigException e) {
        failures.add(e.getMessage());
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " failed");
  }

  @Test
  void seedRaftConfigMeansWhatItSays() throws IOException {
    Optional<Path> shared = SharedRoot.shared();
    assumeTrue(shared.isPresent(), "../shared is absent: skipping the seed Raft.cfg");
    Path raft = shared.get().resolve("seed/etcd/spec/step4/Raft.cfg");
    assumeTrue(Files.exists(raft), "no seed step4 Raft.cfg");
    ModelConfig c = ConfigParser.parse(raft);
    assertEquals(Values.set(ModelValue.of("s1"), ModelValue.of("s2"), ModelValue.of("s3")),
        ((ConstantEntry.Assignment) c.constant("Server").orElseThrow()).value());
    assertEquals(ModelValue.of("Nil"), ((ConstantEntry.Assignment) c.constant("Nil").orElseThrow()).value());
    assertEquals(Values.integer(5), ((ConstantEntry.Assignment) c.constant("NoLimit").orElseThrow()).value());
    assertEquals(Optional.of("Spec"), c.specification());
    assertTrue(c.checkDeadlockOrDefault());
  }
}
