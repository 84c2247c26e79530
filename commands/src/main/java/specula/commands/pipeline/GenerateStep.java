package specula.commands.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import specula.commands.generate.Generator;
import specula.commands.generate.SourceFile;
import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.TokenListener;
import specula.commands.session.FileKind;
import specula.commands.session.Outcome;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;
import specula.commands.session.WorkspaceOps;

/**
 * {@code generate SOURCE...}: translates source files (working files or paths on disk) into one module. The
 * module, the sources read from disk and, in draft mode, the analysis ({@code artefacts/NAME.draft.md}) become
 * one version; a failed or cancelled call changes nothing.
 */
public final class GenerateStep {
    public static final String ARTEFACTS = "artefacts/";

    private final LlmClient client;
    private final PromptLibrary prompts;

    public GenerateStep(LlmClient client, PromptLibrary prompts) {
        this.client = client;
        this.prompts = prompts;
    }

    /** What the generator produced and the files the version holds. */
    public record Result(Generator.Result generated, Outcome outcome, String moduleFile, String analysisFile) {
    }

    public Result run(Snapshot snapshot, List<String> sources, Generator.Options options, TokenListener tokens,
                      CancelToken cancel, Consumer<String> progress) {
        if (sources.isEmpty()) throw new SessionException("usage: generate SOURCE... [--mode draft|direct] [--module NAME]");
        Map<String, WorkFile> inputs = new LinkedHashMap<>();
        for (String s : sources) {
            WorkFile f = resolve(snapshot, s);
            inputs.put(f.name(), f);
        }
        List<SourceFile> files = inputs.values().stream().map(f -> new SourceFile(f.name(), f.text())).toList();
        Generator.Result g;
        try {
            g = new Generator(client, prompts).generate(files, options, tokens, cancel, progress);
        } catch (IllegalArgumentException e) {
            throw new SessionException("generate: " + e.getMessage(), e);
        }
        List<WorkFile> written = new ArrayList<>();
        for (WorkFile f : inputs.values()) {
            boolean same = snapshot.file(f.name()).map(old -> old.text().equals(f.text())).orElse(false);
            if (!same) written.add(f);
        }
        WorkFile module = WorkFile.module(g.moduleName(), g.spec());
        written.add(module);
        String analysisFile = null;
        if (g.analysis() != null) {
            analysisFile = ARTEFACTS + g.moduleName() + ".draft.md";
            written.add(new WorkFile(analysisFile, FileKind.ARTIFACT, g.analysis()));
        }
        String summary = "generated " + module.name() + " (" + module.lineCount() + " lines) from "
                + String.join(", ", inputs.keySet()) + ": " + g.calls() + (g.calls() == 1 ? " call, " : " calls, ")
                + g.tokensIn() + " tokens in, " + g.tokensOut() + " out"
                + (analysisFile == null ? "" : "; draft analysis in " + analysisFile);
        return new Result(g, Outcome.changed(summary, written), module.name(), analysisFile);
    }

    /** A working file by name, else a file on disk (which the version will then hold). */
    private static WorkFile resolve(Snapshot snapshot, String source) {
        var working = snapshot.find(source);
        if (working.isPresent()) {
            if (working.get().kind() == FileKind.MODULE) {
                throw new SessionException(source + " is a TLA+ module, not source code to translate");
            }
            return working.get();
        }
        Path p = Path.of(source);
        if (!Files.exists(p)) {
            throw new SessionException(source + ": no such working file or path (open it, or give a path)");
        }
        if (Files.isDirectory(p)) throw new SessionException(source + ": a folder; name the source files");
        return new WorkFile(p.getFileName().toString(), FileKind.SOURCE, WorkspaceOps.readText(p));
    }
}
