package specula.tla.syntax;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticsApiTest {

    @Test
    void formatterShowsTheLineAndACaretUnderTheColumn() {
        String src = "---- MODULE M ----\nF == IF a THEN b\nG == 1\n====\n";
        SyntaxDiagnostic d = Fixtures.parse(src).diagnostics().get(0);
        String text = DiagnosticFormatter.format(d, src);
        assertTrue(text.startsWith("***Parse Error*** T.tla:3:1\n"), text);
        assertTrue(text.contains("    3 | G == 1\n      | ^\n"), text);
        assertTrue(text.contains("hint: IF ... THEN ... needs an ELSE"), text);
    }

    @Test
    void formatAllListsEveryErrorAndASummary() {
        String src = "---- MODULE M ----\nA = 1\nB == 2\nC = 3\n====\n";
        ParseResult r = Fixtures.parse(src);
        String text = DiagnosticFormatter.formatAll(r, src);
        assertTrue(text.endsWith("T.tla: 2 syntax errors\n"), text);
        assertEquals(2, text.split("\\*\\*\\*Parse Error\\*\\*\\*", -1).length - 1, text);
        assertTrue(DiagnosticFormatter.formatAll(Fixtures.parse("---- MODULE M ----\n====\n"), "")
                .endsWith("no syntax errors\n"));
    }

    @Test
    void workspaceParserFollowsExtendsAndInstancesInTheWorkspace() {
        Map<String, String> ws = Map.of(
                "Main", "---- MODULE Main ----\nEXTENDS Naturals, Lib\nI == INSTANCE Other\n====\n",
                "Lib", "---- MODULE Lib ----\nEXTENDS Sequences\nx == 1\n====\n",
                "Other", "---- MODULE Other ----\ny == \n====\n");
        WorkspaceParser.Result r = new WorkspaceParser(new TlaParser())
                .parse("Main", n -> Optional.ofNullable(ws.get(n)));
        assertEquals(java.util.List.of("Main", "Lib", "Other"), java.util.List.copyOf(r.modules().keySet()));
        assertEquals(java.util.List.of("Naturals", "Sequences"), r.external());
        assertTrue(!r.ok(), "Other has a syntax error");
        assertEquals(3, r.modules().get("Other").diagnostics().get(0).range().line());
    }

    @Test
    void astDumpHonoursDepthAndRanges() {
        ParseResult r = Fixtures.parse("---- MODULE M ----\nx == 1 + 2\n====\n");
        String shallow = new AstDump(true, 1).dump(r.module());
        assertTrue(shallow.startsWith("Module @1:1-3:4 name=\"M\"\n"), shallow);
        assertTrue(!shallow.contains("OpApp"), shallow);
        String deep = new AstDump(true, 10).dump(r.module());
        assertTrue(deep.contains("OpApp @2:6-2:10 spelling=\"+\""), deep);
    }
}
