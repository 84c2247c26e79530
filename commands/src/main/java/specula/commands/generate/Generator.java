package specula.commands.generate;

import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmReply;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.ResponseExtractor;
import specula.commands.llm.TokenListener;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Step 1: source code to an imperative TLA+ module. Draft mode first asks for an analysis of each chunk (kept as
 * an artefact) and then for its translation following that analysis; direct mode translates at once. Large
 * inputs are split along function boundaries and the chunk translations merged into one module. Nothing is
 * changed when a call fails: the caller only adopts a returned {@link Result}.
 */
public final class Generator {

    public enum Mode { DRAFT, DIRECT }

    /** @param moduleName {@code null} derives it from the first source file name */
    public record Options(Mode mode, String moduleName, int chunkChars) {
        public static Options defaults() {
            return new Options(Mode.DRAFT, null, 24_000);
        }
    }

    /** @param analysis the draft analysis artefact ({@code null} in direct mode) */
    public record Result(String moduleName, String spec, String analysis, List<Chunk> chunks,
                         List<String> mergeNotes, int calls, int tokensIn, int tokensOut) {
    }

    private final LlmClient client;
    private final PromptLibrary prompts;
    private final ResponseExtractor extractor = new ResponseExtractor();

    public Generator(LlmClient client, PromptLibrary prompts) {
        this.client = client;
        this.prompts = prompts;
    }

    public Result generate(List<SourceFile> sources, Options options, TokenListener tokens, CancelToken cancel,
                           Consumer<String> progress) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("generate needs at least one source file");
        }
        String module = options.moduleName() != null ? options.moduleName() : moduleNameFor(sources.get(0).name());
        if (!module.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("'" + module + "' is not a valid TLA+ module name");
        }
        SourceSplitter splitter = new SourceSplitter(options.chunkChars());
        List<Chunk> chunks = new ArrayList<>();
        for (SourceFile s : sources) {
            if (s.text().isBlank()) {
                throw new IllegalArgumentException("source " + s.name() + " is empty");
            }
            chunks.addAll(splitter.split(s));
        }
        int[] usage = new int[3];
        List<String> analyses = new ArrayList<>();
        if (options.mode() == Mode.DRAFT) {
            for (Chunk c : chunks) {
                progress.accept("analysing " + c.file() + " (" + c.describe() + ")");
                LlmReply r = call("generate-draft", "generate.draft", Map.of("file", c.file(),
                        "language", c.language().tag(), "part", c.describe(), "source", c.text()), tokens, cancel);
                count(usage, r);
                analyses.add(r.text().strip());
            }
        }
        Set<String> knownVariables = new LinkedHashSet<>();
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            progress.accept("translating " + c.file() + " (" + c.describe() + ")");
            String known = knownVariables.isEmpty() ? "none yet" : String.join(", ", knownVariables);
            LlmReply r = options.mode() == Mode.DRAFT
                    ? call("generate-translate", "generate.translate", Map.of("module", module, "file", c.file(),
                    "language", c.language().tag(), "part", c.describe(), "analysis", analyses.get(i),
                    "known_variables", known, "source", c.text()), tokens, cancel)
                    : call("generate-direct", "generate.direct", Map.of("module", module, "file", c.file(),
                    "language", c.language().tag(), "part", c.describe(), "known_variables", known,
                    "source", c.text()), tokens, cancel);
            count(usage, r);
            ResponseExtractor.Extracted x = extractor.extract(r.text(), module, ResponseExtractor.NamePolicy.RENAME);
            modules.add(x.text());
            knownVariables.addAll(ModuleParts.parse(x.text()).variables());
        }
        String analysis = options.mode() == Mode.DRAFT ? artefact(chunks, analyses) : null;
        if (modules.size() == 1) {
            return new Result(module, modules.get(0), analysis, chunks, List.of(), usage[0], usage[1], usage[2]);
        }
        progress.accept("merging " + modules.size() + " partial modules");
        ModuleMerger.Merged merged = new ModuleMerger().merge(module, modules);
        return new Result(module, merged.text(), analysis, chunks, merged.notes(), usage[0], usage[1], usage[2]);
    }

    /** "raft.go" -> "Raft"; "key_value-store.py" -> "Key_value_store". */
    public static String moduleNameFor(String fileName) {
        String base = fileName.replaceAll(".*/", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "M" + base;
        }
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    private LlmReply call(String template, String purpose, Map<String, String> values, TokenListener tokens,
                          CancelToken cancel) {
        return client.chat(prompts.get(template).render(purpose, values), tokens, cancel);
    }

    private static void count(int[] usage, LlmReply r) {
        usage[0]++;
        usage[1] += r.tokensIn();
        usage[2] += r.tokensOut();
    }

    private static String artefact(List<Chunk> chunks, List<String> analyses) {
        if (chunks.size() == 1) {
            return analyses.get(0) + "\n";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < chunks.size(); i++) {
            b.append("# ").append(chunks.get(i).file()).append(", ").append(chunks.get(i).describe()).append("\n\n")
                    .append(analyses.get(i)).append("\n\n");
        }
        return b.toString();
    }
}
