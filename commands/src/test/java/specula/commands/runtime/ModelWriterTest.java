package specula.commands.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import specula.commands.llm.ProjectRoot;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ConfigPrinter;
import specula.tla.check.cfg.ModelConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelWriterTest {
    static final String KV = """
            ---- MODULE KV ----
            EXTENDS Naturals, FiniteSets
            CONSTANTS Node, Key, Nil, MaxVersion, Ids
            ASSUME Ids \\subseteq Nat
            VARIABLES store, version, owner
            vars == <<store, version, owner>>
            TypeOK == /\\ store \\in [Key -> Node \\cup {Nil}]
                      /\\ version \\in 0..MaxVersion
            OwnerInv == owner = Nil \\/ owner \\in Node
            ConfigInv == MaxVersion > 0
            StepInvHelper == store' = store
            ViaHelperInv == StepInvHelper
            Helper(n) == n \\in Node
            Init == store = [k \\in Key |-> Nil] /\\ version = 0 /\\ owner = Nil
            Put(n, k) == /\\ version < MaxVersion
                         /\\ store' = [store EXCEPT ![k] = n]
                         /\\ version' = version + 1
                         /\\ UNCHANGED owner
            StepInv == version' >= version
            Next == \\E n \\in Node, k \\in Key : Put(n, k)
            Spec == Init /\\ [][Next]_vars
            ====
            """;

    @Test
    void valuesFollowHowConstantsAreUsed() {
        ModelWriter.Result r = new ModelWriter().write("KV", KV);
        ModelConfig c = ConfigParser.parse("KV.cfg", r.text());
        assertEquals(r.text(), ConfigPrinter.print(c), "the text reads back to the same model");
        assertEquals(r.config().invariants(), c.invariants());
        assertEquals("""
                CONSTANTS
                    Node = {n1, n2, n3}
                    Key = {k1, k2}
                    Nil = Nil
                    MaxVersion = 3
                    Ids = {1, 2}
                SPECIFICATION Spec
                INVARIANTS
                    TypeOK
                    OwnerInv
                """, r.text(), "ConfigInv reads no variable; ViaHelperInv is an action through its helper");
        assertTrue(r.notes().contains("MaxVersion = 3: used as a number"), r.notes().toString());
        assertEquals(r.text(), new ModelWriter().write("KV", KV).text(), "deterministic");
    }

    @Test
    void initNextWhenThereIsNoSpecFormulaAndTypeInvariantsFirst() {
        String text = KV.replace("Spec == Init /\\ [][Next]_vars\n", "").replace("OwnerInv ==", "SafetyInv ==")
                .replace("TypeOK ==", "Zeta == TRUE\nTypeOK ==");
        ModelWriter.Result r = new ModelWriter().write("KV", text);
        assertEquals(Optional.of("Init"), r.config().init());
        assertEquals(Optional.of("Next"), r.config().next());
        assertEquals(Optional.empty(), r.config().specification());
        assertEquals(List.of("TypeOK", "SafetyInv"), r.config().invariants());
    }

    @Test
    void nameCollisionsUseTheWholeName() {
        String text = KV.replace("CONSTANTS Node, Key", "CONSTANTS Node, Nonce, Key")
                .replace("Next == \\E n \\in Node", "Next == \\E z \\in Nonce, n \\in Node");
        String cfg = new ModelWriter().write("KV", text).text();
        assertTrue(cfg.contains("Node = {n1, n2, n3}") && cfg.contains("Nonce = {nonce1, nonce2, nonce3}"), cfg);
    }

    @Test
    void aModuleThatDoesNotParseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ModelWriter().write("KV", KV.replace("Init ==", "Init =")));
        assertTrue(e.getMessage().contains("does not parse"));
    }

    @Test
    void paxosGetsMajorityQuorums() throws IOException {
        Optional<Path> shared = ProjectRoot.shared();
        Path paxos = shared.map(s -> s.resolve("corpus/examples/Paxos/Paxos.tla")).orElse(null);
        Assumptions.assumeTrue(paxos != null && Files.isRegularFile(paxos), "../shared corpus absent: skipped");
        ModelWriter.Result r = new ModelWriter().write("Paxos", Files.readString(paxos));
        assertTrue(r.text().contains("Quorum = {{a1, a2}, {a1, a3}, {a2, a3}, {a1, a2, a3}}"), r.text());
        assertTrue(r.text().contains("Acceptor = {a1, a2, a3}"), r.text());
        assertEquals(List.of("TypeOK", "Inv"), r.config().invariants());
    }
}
