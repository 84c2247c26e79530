package specula.commands.generate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import specula.commands.llm.ProjectRoot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceSplitterTest {

    private static String join(List<Chunk> chunks) {
        StringBuilder b = new StringBuilder();
        chunks.forEach(c -> b.append(c.text()));
        return b.toString();
    }

    @Test
    void raftGoIsCutBetweenFunctionsAndLosesNothing() throws Exception {
        Path raft = ProjectRoot.shared().map(s -> s.resolve("seed/etcd/source/raft.go")).orElse(null);
        Assumptions.assumeTrue(raft != null && Files.exists(raft), "../shared/seed/etcd/source/raft.go absent");
        SourceFile src = SourceFile.read(raft);
        List<Chunk> chunks = new SourceSplitter(16_000).split(src);
        assertTrue(chunks.size() >= 5, "82 KB in 16 KB chunks: " + chunks.size());
        assertEquals(src.text(), join(chunks), "chunks reassemble to the file");
        Pattern funcStart = Pattern.compile("^func\\s", Pattern.MULTILINE);
        String[] lines = src.text().split("\n");
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            assertTrue(c.text().length() <= 16_000, "chunk " + c.index() + " is " + c.text().length());
            assertEquals(i + 1, c.index());
            assertEquals(chunks.size(), c.count());
            if (i > 0) {
                String first = c.text().lines().filter(l -> !l.strip().startsWith("//")).findFirst().orElse("");
                if (!funcStart.matcher(first).find()) {
                    // only a function too large for one chunk may be cut, and then into windows
                    int unitStart = c.firstLine() - 1;
                    while (unitStart > 0 && !lines[unitStart].startsWith("func ")) {
                        unitStart--;
                    }
                    int unitEnd = c.firstLine();
                    while (unitEnd < lines.length && !lines[unitEnd].startsWith("func ")) {
                        unitEnd++;
                    }
                    int size = 0;
                    for (int k = unitStart; k < unitEnd; k++) {
                        size += lines[k].length() + 1;
                    }
                    assertTrue(size > 16_000, "chunk " + c.index() + " cuts a small function: " + first);
                }
            }
        }
        int funcs = (int) funcStart.matcher(src.text()).results().count();
        assertEquals(funcs, chunks.stream().mapToLong(c -> funcStart.matcher(c.text()).results().count()).sum());
    }

    @Test
    void pythonKeepsDecoratorsAndCommentsWithTheirFunction() {
        String py = "import os\n\n# helper\n@cache\ndef a():\n    return 1\n\n\ndef b():\n    return 2\n";
        List<Chunk> chunks = new SourceSplitter(200).split(new SourceFile("m.py", py.repeat(1)));
        assertEquals(py, join(chunks));
        // the limit of 200 holds all of it: one chunk
        assertEquals(1, chunks.size());
        String big = py + "\n" + "x = 1\n".repeat(60);
        List<Chunk> more = new SourceSplitter(200).split(new SourceFile("m.py", big));
        assertEquals(big, join(more));
        assertTrue(more.size() > 1);
    }

    @Test
    void rustAndJavaUnitsAreRecognised() {
        String rs = "use std::x;\n\npub fn alpha() {\n" + "    let a = 1;\n".repeat(30) + "}\n\nimpl Foo {\n"
                + "    fn beta(&self) {}\n}\n";
        List<Chunk> rc = new SourceSplitter(490).split(new SourceFile("lib.rs", rs));
        assertEquals(rs, join(rc));
        assertTrue(rc.stream().anyMatch(c -> c.text().startsWith("impl Foo")), "impl starts a chunk");
        String java = "class A {\n    int x;\n\n    public void run(int n) {\n" + "        x++;\n".repeat(40)
                + "    }\n\n    private static int twice(int v) {\n        return 2 * v;\n    }\n}\n";
        List<Chunk> jc = new SourceSplitter(300).split(new SourceFile("A.java", java));
        assertEquals(java, join(jc));
        assertTrue(jc.stream().anyMatch(c -> c.text().startsWith("    private static int twice")), jc.toString());
    }

    @Test
    void oversizedUnitFallsBackToLineWindows() {
        String go = "package p\n\nfunc huge() {\n" + "\tx := 1\n".repeat(200) + "}\n";
        List<Chunk> chunks = new SourceSplitter(250).split(new SourceFile("p.go", go));
        assertEquals(go, join(chunks));
        chunks.forEach(c -> assertTrue(c.text().length() <= 250));
        assertEquals(chunks.get(chunks.size() - 1).lastLine(), go.split("\n").length);
    }

    @Test
    void tinyLimitIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SourceSplitter(10));
    }
}
