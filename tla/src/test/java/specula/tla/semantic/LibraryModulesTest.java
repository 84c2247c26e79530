package specula.tla.semantic;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in modules pass the analysis they impose on user modules; lookup order puts them last. */
class LibraryModulesTest {

    @Test
    void everyBuiltInModuleAnalysesCleanly() {
        SpecFront front = new SpecFront(name -> Optional.empty(), Specs.LIBRARY);
        List<String> problems = new ArrayList<>();
        for (String m : Specs.LIBRARY.moduleNames()) {
            SemanticResult r = front.analyze(m);
            if (!r.diagnostics().all().isEmpty() || r.module() == null) {
                problems.add(m + ": " + r.diagnostics().all());
            }
            assertTrue(r.module() == null || r.module().builtin(), m);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void workspaceAndFolderComeBeforeTheBuiltIns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Naturals.tla"), "---- MODULE Naturals ----\nNat == {0}\n====\n");
        Files.writeString(dir.resolve("Folder.tla"), "---- MODULE Folder ----\nF == 1\n====\n");
        Map<String, String> ws = new HashMap<>();
        ws.put("Root", "---- MODULE Root ----\nEXTENDS Naturals, Folder\nX == Nat\nY == F\n====\n");
        SpecFront front = SpecFront.forWorkspace(ws, dir, List.of(), Specs.LIBRARY);
        SemanticResult r = front.analyze("Root");
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        assertTrue(!r.modules().get("Naturals").builtin());
        ws.put("Root", "---- MODULE Root ----\nEXTENDS Folder, Sequences\nX == Nat\n====\n");
        // Sequences instantiates Naturals: it gets the folder's, as SANY would, which lacks "..".
        SemanticResult shadowed = front.analyze("Root");
        assertTrue(shadowed.modules().get("Sequences").builtin());
        assertSame(shadowed.modules().get("Naturals"), r.modules().get("Naturals"));
        assertTrue(shadowed.diagnostics().errors().stream().anyMatch(d -> d.message().contains("'..'")));
    }
}
