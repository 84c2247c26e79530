package specula.shell.commands;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.pipeline.CheckReport;
import specula.commands.pipeline.Finding;
import specula.commands.pipeline.ModuleReport;
import specula.commands.pipeline.ParseStep;
import specula.commands.session.FileKind;
import specula.commands.session.Outcome;
import specula.commands.session.SessionException;
import specula.commands.session.WorkFile;
import specula.tla.conformance.Conformance;
import specula.tla.conformance.Corpus;
import specula.tla.syntax.AstDump;
import specula.tla.syntax.DiagnosticFormatter;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.SyntaxDiagnostic;
import specula.tla.syntax.TlaParser;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/** The parser-side commands: parse, ast, conformance. */
@Component
public class PipelineCommands {
    private static final String GROUP = "Pipeline";
    private final SessionHolder holder;
    private final Output out;
    private final ParseStep parse;
    private final Path root;

    public PipelineCommands(SessionHolder holder, Output out, ParseStep parse, ProjectPaths paths) {
        this.holder = holder;
        this.out = out;
        this.parse = parse;
        this.root = paths.root();
    }

    @Command(name = "parse", group = GROUP, description = "Parse the working modules (or MODULE and what it extends); errors with FILE:LINE:COL")
    public void parse(@Argument(index = 0, description = "module (default: all)", defaultValue = "") String module,
                      @Option(longName = "no-fail", description = "report errors without failing the command (scripts go on)") boolean noFail) {
        ParseStep.Result[] result = new ParseStep.Result[1];
        Outcome o = holder.session().execute(current -> {
            result[0] = parse.run(current, module);
            return result[0].outcome();
        });
        CheckReport report = result[0].report();
        for (ModuleReport m : report.modules()) {
            for (Finding f : m.findings()) render(f.rendered());
        }
        if (!report.external().isEmpty()) {
            out.println(out.dim("not in the workspace (standard or library modules): "
                    + String.join(", ", report.external())));
        }
        out.println(o.status().ok() ? out.green(o.summary()) : out.red(o.summary()));
        if (!o.status().ok() && !noFail) throw new SessionException(o.summary());
    }

    /** The header line in red, the rest (message, excerpt, caret, hint) as is. */
    private void render(String rendered) {
        int nl = rendered.indexOf('\n');
        String head = nl < 0 ? rendered : rendered.substring(0, nl);
        out.println(out.red(head));
        if (nl >= 0) {
            out.out().print(rendered.substring(nl + 1));
            out.out().flush();
        }
    }

    @Command(name = "ast", group = GROUP, description = "Print the syntax tree of a module")
    public void ast(@Argument(index = 0, description = "module", defaultValue = "") String module,
                    @Option(longName = "depth", description = "levels to print (0: all)", defaultValue = "0") Integer depth,
                    @Option(longName = "ranges", description = "show source ranges") boolean ranges) {
        WorkFile f = Tables.blank(module) ? onlyModule() : holder.session().snapshot().require(module);
        if (f.kind() != FileKind.MODULE) throw new SessionException(f.name() + " is not a TLA+ module");
        if (depth < 0) throw new SessionException("--depth must be 0 (all) or more, got " + depth);
        ParseResult r = new TlaParser().parse(f.name(), f.text());
        for (SyntaxDiagnostic d : r.diagnostics()) render(DiagnosticFormatter.format(d, f.text()));
        if (r.module() == null) throw new SessionException(f.name() + ": no module to show");
        out.out().print(new AstDump(ranges, depth == 0 ? Integer.MAX_VALUE : depth).dump(r.module()));
        out.out().flush();
        String summary = "syntax tree of " + f.displayName() + (depth == 0 ? "" : " to depth " + depth)
                + (r.ok() ? "" : " (partial: " + r.diagnostics().size() + " syntax errors)");
        holder.session().note(summary);
    }

    private WorkFile onlyModule() {
        var modules = holder.session().snapshot().modules();
        if (modules.size() == 1) return modules.get(0);
        throw new SessionException(modules.isEmpty() ? "no modules: open PATH... or new MODULE" : "usage: ast MODULE");
    }

    @Command(name = "conformance", group = GROUP, description = "Run the parser conformance corpus (SANY verdicts) in-process")
    public void conformance(@Option(longName = "corpus", description = "corpus folder (default ../shared/corpus)", defaultValue = "") String corpus,
                            @Option(longName = "quiet", description = "summary lines only") boolean quiet) {
        Path dir = Tables.blank(corpus) ? root.resolve("../shared/corpus").normalize() : Path.of(corpus);
        if (!Files.isRegularFile(dir.resolve("expected.json"))) {
            throw new SessionException("no conformance corpus at " + dir + " (a folder with expected.json; "
                    + (Tables.blank(corpus) ? "../shared/corpus is absent here: pass --corpus DIR)" : "check --corpus)"));
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            rc = Conformance.run(Corpus.load(dir), ps, quiet, false);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        out.out().print(text);
        out.out().flush();
        String last = text.strip().lines().reduce((a, b) -> b).orElse("no result");
        String first = text.strip().lines().filter(l -> !l.contains(": SANY")).findFirst().orElse(last);
        holder.session().note(first);
        if (rc != 0) throw new SessionException("conformance: modules SANY accepts are rejected (see above)");
    }
}
