package specula.commands.cfa;

import specula.commands.session.FileKind;
import specula.commands.session.Outcome;
import specula.commands.session.SessionCommand;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.SyntaxDiagnostic;
import specula.tla.syntax.TlaParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code cfa} pipeline step: transforms one module of the working spec and writes, as one version, the new
 * module text (only when something changed) and the trace configuration {@code <Module>.trace.yaml}. The
 * transformed text is parsed again before it is accepted, so a printer fault can never replace a good module.
 * {@link #result()} gives the transformation after a run, for {@code --explain}.
 */
public final class CfaStep implements SessionCommand {
    private final String module;
    private final CfaOptions options;
    private CfaResult result;

    /** {@code module} may be null or blank when the working spec has exactly one module. */
    public CfaStep(String module, CfaOptions options) {
        this.module = module;
        this.options = options;
    }

    public Optional<CfaResult> result() {
        return Optional.ofNullable(result);
    }

    public static String traceConfigName(String moduleName) {
        return moduleName + ".trace.yaml";
    }

    /** The module a step or command is about: the named one, or the only one. */
    public static WorkFile pickModule(Snapshot s, String name) {
        if (name != null && !name.isBlank()) {
            WorkFile f = s.require(name);
            if (f.kind() != FileKind.MODULE) throw new SessionException(f.name() + " is not a TLA+ module");
            return f;
        }
        List<WorkFile> modules = s.modules();
        if (modules.size() == 1) return modules.get(0);
        throw new SessionException(modules.isEmpty() ? "no module in the working spec (use open or new)"
                : "several modules; name one: " + String.join(", ", modules.stream().map(WorkFile::displayName).toList()));
    }

    @Override
    public Outcome run(Snapshot current) {
        WorkFile f = pickModule(current, module);
        ParseResult parsed = new TlaParser().parse(f.name(), f.text());
        if (!parsed.ok()) {
            SyntaxDiagnostic d = parsed.diagnostics().isEmpty() ? null : parsed.diagnostics().get(0);
            return Outcome.failed("cfa: " + f.name() + " does not parse"
                    + (d == null ? "" : " (" + d.range().line() + ":" + d.range().column() + ": " + d.message() + ")")
                    + "; run parse or fix first");
        }
        result = new CfaTransformer(options).transform(parsed.module());
        List<WorkFile> written = new ArrayList<>();
        if (result.changed()) {
            String text = AstPrinter.print(result.module());
            ParseResult again = new TlaParser().parse(f.name(), text);
            if (!again.ok()) {
                throw new SessionException("cfa produced a module that does not parse (" + again.diagnostics().get(0)
                        + "); " + f.name() + " unchanged");
            }
            written.add(f.withText(text));
        }
        String name = f.displayName();
        written.add(new WorkFile(traceConfigName(name), FileKind.ARTIFACT,
                TraceConfig.of(result, model(current, name)).toYaml()));
        return Outcome.changed(summary(name), written);
    }

    private static ModelConfig model(Snapshot s, String moduleName) {
        Optional<WorkFile> cfg = s.file(moduleName + ".cfg");
        if (cfg.isEmpty()) return null;
        try {
            return ConfigParser.parse(cfg.get().name(), cfg.get().text());
        } catch (RuntimeException e) {
            return null; // a broken .cfg only costs the constants their values; check reports it properly
        }
    }

    private String summary(String name) {
        if (!result.changed()) return "cfa " + name + ": already structured, unchanged; wrote " + traceConfigName(name);
        long cuts = result.changes().stream().filter(c -> c.algorithm().equals("pc") && c.detail().contains("continues in")
                || c.detail().contains("returns to")).count();
        long uc = result.changes().stream().filter(c -> c.algorithm().equals("uc")).count();
        long su = result.changes().stream().filter(c -> c.algorithm().equals("su")).count();
        return "cfa " + name + ": " + cuts + " cut(s), " + result.interactions().size() + " interaction handler(s), "
                + uc + " UNCHANGED added, " + su + " read(s) re-primed; wrote " + traceConfigName(name)
                + " (cfa --explain for details)";
    }
}
