package specula.shell.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.cfa.CfaOptions;
import specula.commands.cfa.CfaResult;
import specula.commands.cfa.CfaStep;
import specula.commands.cfa.CfgGraph;
import specula.commands.cfa.Change;
import specula.commands.session.FileKind;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;

/** Step 3 of the pipeline: cfa, its control-flow graph, and the trace configuration it writes. */
@Component
public class CfaCommands {
    private static final String GROUP = "Pipeline";
    private final SessionHolder holder;
    private final Output out;
    private final StepRunner steps;
    private final WorkspaceCommands workspace;

    public CfaCommands(SessionHolder holder, Output out, StepRunner steps, WorkspaceCommands workspace) {
        this.holder = holder;
        this.out = out;
        this.steps = steps;
        this.workspace = workspace;
    }

    @Command(name = "cfa", group = GROUP, description = "Turn an imperative module into TLC-acceptable actions; write its trace configuration")
    public void cfa(@Argument(index = 0, description = "module", defaultValue = "") String module,
                    @Option(longName = "only", description = "algorithms to run: pc,uc,su (default all)", defaultValue = "") String only,
                    @Option(longName = "explain", description = "print which algorithm changed which action and why") boolean explain) {
        CfaOptions options;
        try {
            options = CfaOptions.parse(only);
        } catch (IllegalArgumentException e) {
            throw new SessionException("--only: " + e.getMessage());
        }
        CfaStep step = new CfaStep(module, options);
        steps.run(step);
        if (explain) step.result().ifPresent(this::explain);
    }

    private void explain(CfaResult r) {
        if (r.changes().isEmpty()) {
            out.println("nothing to change");
            return;
        }
        for (Change c : r.changes()) {
            out.println(out.cyan("[" + c.algorithm() + "]") + " " + out.bold(c.action()) + ": " + c.detail());
        }
    }

    @Command(name = "cfg-graph", group = GROUP, description = "Write the control-flow graph of a module's actions as Graphviz DOT (and PNG when dot is installed)")
    public void cfgGraph(@Argument(index = 0, description = "module", defaultValue = "") String module,
                         @Option(longName = "action", description = "only this action", defaultValue = "") String action,
                         @Option(longName = "dot", description = "DOT file to write", required = true) String file) {
        WorkFile f = CfaStep.pickModule(holder.session().snapshot(), module);
        ParseResult parsed = new TlaParser().parse(f.name(), f.text());
        if (!parsed.ok()) {
            throw new SessionException(f.name() + " does not parse (" + parsed.diagnostics().get(0).message()
                    + "); run parse or fix first");
        }
        String dot;
        try {
            dot = CfgGraph.dot(parsed.module(), action.isBlank() ? null : action);
        } catch (IllegalArgumentException e) {
            throw new SessionException(e.getMessage());
        }
        Path target = Path.of(file);
        try {
            if (target.toAbsolutePath().getParent() != null) Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, dot);
        } catch (IOException e) {
            throw new SessionException("cannot write " + file + ": " + e.getMessage());
        }
        out.println("wrote " + target);
        Path png = renderPng(target);
        if (png != null) out.println("wrote " + png);
        holder.session().note("graph of " + f.name() + " written to " + target);
    }

    /** PNG beside the DOT file when Graphviz's dot is on the PATH; null when it is not (or fails). */
    private Path renderPng(Path dotFile) {
        Path dot = onPath("dot");
        if (dot == null) return null;
        String name = dotFile.getFileName().toString();
        Path png = dotFile.resolveSibling((name.endsWith(".dot") ? name.substring(0, name.length() - 4) : name) + ".png");
        try {
            Process p = new ProcessBuilder(dot.toString(), "-Tpng", dotFile.toString(), "-o", png.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                out.println(out.yellow("dot took over 60 s; no PNG written"));
                return null;
            }
            return p.exitValue() == 0 ? png : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    @Command(name = "trace-config", group = GROUP, description = "show or edit the trace configuration cfa wrote (<Module>.trace.yaml)")
    public void traceConfig(@Argument(index = 0, description = "show or edit", defaultValue = "") String action,
                            @Argument(index = 1, description = "module", defaultValue = "") String module) {
        WorkFile config = traceConfigFile(holder.session().snapshot(), module);
        switch (action) {
            case "show" -> {
                out.out().print(config.text());
                out.out().flush();
                holder.session().note("shown " + config.name());
            }
            case "edit" -> workspace.edit(config.name());
            default -> throw new SessionException("usage: trace-config show|edit [MODULE]");
        }
    }

    static WorkFile traceConfigFile(Snapshot s, String module) {
        if (module != null && !module.isBlank()) {
            String name = CfaStep.traceConfigName(s.find(module).map(WorkFile::displayName).orElse(module));
            return s.file(name).orElseThrow(() -> new SessionException("no " + name + ": run cfa " + module + " first"));
        }
        List<WorkFile> configs = new ArrayList<>();
        for (WorkFile f : s.ofKind(FileKind.ARTIFACT)) if (f.name().endsWith(".trace.yaml")) configs.add(f);
        if (configs.size() == 1) return configs.get(0);
        if (configs.isEmpty()) throw new SessionException("no trace configuration yet: run cfa first");
        throw new SessionException("several trace configurations; name the module: "
                + String.join(", ", configs.stream().map(WorkFile::name).toList()));
    }
}
