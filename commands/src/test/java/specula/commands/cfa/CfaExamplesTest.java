package specula.commands.cfa;

import org.junit.jupiter.api.Test;

import specula.tla.syntax.AstDump;
import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ast.Module;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed's CFA inputs: each output parses, passes the structural checks, and cfa is idempotent on it. */
class CfaExamplesTest {
    private final CfaTransformer cfa = new CfaTransformer(CfaOptions.ALL);

    static Module roundTrip(CfaResult r) {
        String text = AstPrinter.print(r.module());
        return Seeds.parse(r.module().name() + ".tla", text);
    }

    private Module check(Path file) throws Exception {
        Module in = Seeds.parse(file);
        CfaResult r = cfa.transform(in);
        Module out = roundTrip(r);
        List<String> problems = StructureCheck.problems(out);
        assertTrue(problems.isEmpty(), file + ": " + problems + "\n" + AstPrinter.print(out));
        CfaResult again = cfa.transform(out);
        assertFalse(again.changed(), file + ": second run changed " + again.changes());
        assertTrue(AstDump.sameModuloRanges(out, roundTrip(again)), file + ": not idempotent");
        return out;
    }

    @Test
    void pcExampleCutsMainActionAfterTheInlinedCall() throws Exception {
        Module out = check(Seeds.shared("seed/cfa-examples/input/example/pc_example.tla"));
        String text = AstPrinter.print(out);
        assertTrue(text.contains("MainAction_1 =="), text);
        assertTrue(text.contains("x' = x + result"), "committed values are read unprimed: " + text);
        assertTrue(text.contains("[][Next]_<<x, y, result, pc, info, stack>>"), text);
    }

    @Test
    void ucExampleCompletesBranches() throws Exception {
        Module out = check(Seeds.shared("seed/cfa-examples/input/example/uc_example.tla"));
        assertFalse(AstPrinter.print(out).contains("pc"), "no cutting needed");
    }

    @Test
    void udExampleIsValidTlaSoOnlyAnExplicitSuPrimesIt() throws Exception {
        Path ud = Seeds.shared("seed/cfa-examples/input/example/ud_example.tla");
        assertFalse(cfa.transform(Seeds.parse(ud)).changed(), "no action needs cutting: reads keep TLA+ meaning");
        CfaResult r = new CfaTransformer(CfaOptions.parse("su")).transform(Seeds.parse(ud));
        String text = AstPrinter.print(roundTrip(r));
        assertTrue(text.contains("Append(buffer, counter')"), text);
        assertTrue(text.contains("Len(buffer') + 1"), text);
        assertTrue(StructureCheck.problems(r.module()).isEmpty());
    }

    /**
     * Three seed inputs were written for the reference's line-based grammar and are not TLA+ that SANY accepts
     * (a THEN left of its enclosing bullet, an IN on a bullet's column, a three-sign module end); cfa needs a module
     * that parses, so the parser must say where they are wrong rather than cfa guessing.
     */
    @Test
    void seedInputsThatAreNotTlaAreReportedByTheParser() throws Exception {
        for (String f : List.of("etcd/Raft.tla", "example/Raft.tla", "example/test_input.tla")) {
            Path p = Seeds.shared("seed/cfa-examples/input/" + f);
            var r = new specula.tla.syntax.TlaParser().parse(f, java.nio.file.Files.readString(p));
            assertFalse(r.ok(), f + " parses now: add it to the checked inputs");
        }
    }

    @Test
    void etcdStep2NeverReadsAPrimedVariableBeforeAssigningIt() throws Exception {
        Module out = check(Seeds.shared("seed/etcd/spec/step2/Raft.tla"));
        String text = AstPrinter.print(out);
        assertTrue(text.contains("HandletickElection_1"), text);
    }

    /**
     * Golden comparison with the reference's step-3 output, on properties rather than text: every action the
     * reference cut into continuations is cut by us too, and each of its continuations has a handler in Next.
     * (We cut more: helpers that say UNCHANGED for a variable their caller assigns afterwards also split.)
     */
    @Test
    void cutsAtLeastTheActionsTheReferenceCut() throws Exception {
        Module ref = Seeds.parse(Seeds.shared("seed/etcd/spec/step3/Raft.tla"));
        Module out = cfa.transform(Seeds.parse(Seeds.shared("seed/etcd/spec/step2/Raft.tla"))).module();
        java.util.Set<String> refCut = cutBases(ref);
        assertFalse(refCut.isEmpty());
        java.util.Set<String> ours = cutBases(out);
        assertTrue(ours.containsAll(refCut), "reference cut " + refCut + ", we cut " + ours);
        ModuleModel m = new ModuleModel(out);
        String next = AstPrinter.print(m.ops.get(m.next).body());
        for (String op : m.ops.keySet()) {
            if (op.matches(".*_\\d+") && !op.startsWith("Handle")) {
                assertTrue(next.contains("Handle" + op), "no handler for " + op + " in Next");
            }
        }
    }

    private static java.util.Set<String> cutBases(Module m) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var u : m.units()) {
            if (u instanceof specula.tla.syntax.ast.Unit.OpDef d && d.name().text().matches("[a-z]\\w*?(_\\d+)+")) {
                out.add(d.name().text().replaceAll("(_\\d+)+$", ""));
            }
        }
        return out;
    }

    @Test
    void onlySuPrimesButNeitherCutsNorCompletes() throws Exception {
        Module pc = Seeds.parse(Seeds.shared("seed/cfa-examples/input/example/pc_example.tla"));
        CfaResult r = new CfaTransformer(CfaOptions.parse("su")).transform(pc);
        assertFalse(AstPrinter.print(r.module()).contains("pc'"));
        Module ud = Seeds.parse(Seeds.shared("seed/cfa-examples/input/example/ud_example.tla"));
        r = new CfaTransformer(CfaOptions.parse("su")).transform(ud);
        assertEquals(List.of("su"), r.changes().stream().map(Change::algorithm).distinct().toList());
        Module uc = Seeds.parse(Seeds.shared("seed/cfa-examples/input/example/uc_example.tla"));
        assertFalse(new CfaTransformer(CfaOptions.parse("su,pc")).transform(uc).changed(), "UC alone fixes it");
    }
}
