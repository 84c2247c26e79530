package specula.commands.cfa;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ast.Module;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small imperative specs (test resources cfa/semantics) against hand-written sequential versions. Structure and
 * idempotence are checked now; the behaviour comparison runs when a model checker provides a
 * {@link BehaviourOracle} through ServiceLoader, and is skipped (with that reason) until then.
 */
class CfaSemanticsTest {

    static String resource(String name) throws IOException {
        try (InputStream in = CfaSemanticsTest.class.getResourceAsStream("/cfa/semantics/" + name)) {
            if (in == null) throw new IOException("missing test resource cfa/semantics/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Twice", "Calls", "Branches"})
    void transformedSpecIsStructuredAndStable(String name) throws Exception {
        CfaTransformer cfa = new CfaTransformer(CfaOptions.ALL);
        CfaResult r = cfa.transform(Seeds.parse(name + ".tla", resource(name + ".tla")));
        assertTrue(r.changed(), name + " is imperative");
        Module out = CfaExamplesTest.roundTrip(r);
        assertEquals(List.of(), StructureCheck.problems(out), AstPrinter.print(out));
        assertTrue(!cfa.transform(out).changed(), "idempotent");
    }

    @org.junit.jupiter.api.Test
    void aCutInsideLetSavesTheLocalValueAndReadsItBack() throws Exception {
        CfaResult r = new CfaTransformer(CfaOptions.ALL).transform(Seeds.parse("Bank.tla", resource("Bank.tla")));
        Module out = CfaExamplesTest.roundTrip(r);
        String text = AstPrinter.print(out);
        assertEquals(List.of(), StructureCheck.problems(out), text);
        assertTrue(text.contains("info' = [args |-> <<p>>, temp |-> [fee |-> fee]]"), text);
        assertTrue(text.contains("bal' = bal - info.temp.fee"), text);
        assertTrue(text.contains("bal' < 100"), "Audit reads bal after a possible write: " + text);
        assertTrue(text.contains("HandleDeposit_1 == /\\ pc = \"Deposit_1\""), text);
    }

    @org.junit.jupiter.api.Test
    void onlyPcNeitherCompletesNorPrimes() throws Exception {
        CfaResult r = new CfaTransformer(CfaOptions.parse("pc")).transform(Seeds.parse("Bank.tla", resource("Bank.tla")));
        assertEquals(List.of("pc"), r.changes().stream().map(Change::algorithm).distinct().toList());
        assertTrue(AstPrinter.print(r.module()).contains("/\\ bal < 100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Twice", "Calls", "Branches"})
    void idleBehavioursEqualTheSequentialMeaning(String name) throws Exception {
        Optional<BehaviourOracle> oracle = ServiceLoader.load(BehaviourOracle.class).findFirst();
        Assumptions.assumeTrue(oracle.isPresent(), "no BehaviourOracle (model checker) on the class path yet");
        Module in = Seeds.parse(name + ".tla", resource(name + ".tla"));
        List<String> vars = new ModuleModel(in).variables;
        String cfg = resource(name + ".cfg");
        String transformed = AstPrinter.print(new CfaTransformer(CfaOptions.ALL).transform(in).module());
        var got = oracle.get().explore(name, Map.of(name, transformed), cfg);
        var want = oracle.get().explore(name + "_expected",
                Map.of(name + "_expected", resource(name + ".expected.tla")), cfg);
        // cfa defines Nil == "Nil" in these modules; states print values as TLA+ text.
        String idle = "\"Nil\"";
        assertEquals(BehaviourComparison.project(want, vars, idle), BehaviourComparison.project(got, vars, idle));
    }
}
