package specula.shell.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.fix.KnowledgeBase;
import specula.commands.llm.LlmConfig;
import specula.commands.llm.LlmServices;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.PromptTemplate;
import specula.commands.pipeline.LlmContext;
import specula.commands.pipeline.LlmSettings;
import specula.commands.session.SessionException;
import specula.commands.session.ShellConfig;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/** The model and its helpers: llm, prompts, kb. */
@Component
public class LlmCommands {
    private static final String GROUP = "LLM";
    private final SessionHolder holder;
    private final Output out;
    private final LlmContext llm;

    public LlmCommands(SessionHolder holder, Output out, LlmContext llm) {
        this.holder = holder;
        this.out = out;
        this.llm = llm;
    }

    @Command(name = "llm", group = GROUP, description = "Show the model settings; llm set KEY VALUE overrides one; --test pings the model")
    public void llm(@Arguments List<String> args,
                    @Option(longName = "test", description = "send a one-word prompt and report latency") boolean test) {
        if (!args.isEmpty()) {
            if (!args.get(0).equals("set") || args.size() != 3) {
                throw new SessionException("usage: llm [--test] | llm set KEY VALUE (keys: "
                        + String.join(", ", LlmSettings.keys()) + ")");
            }
            LlmConfig c = llm.set(args.get(1), args.get(2));
            String summary = "llm." + args.get(1).replaceFirst("^llm\\.", "") + " set for this shell: now "
                    + c.provider().id() + "/" + c.model();
            out.println(out.green(summary));
            holder.session().note(summary);
            return;
        }
        LlmConfig c = llm.config();
        Map<String, ShellConfig.Entry> sources = llm.settings();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"SETTING", "VALUE", "SOURCE"});
        for (Map.Entry<String, String> e : c.describe().entrySet()) {
            String value = e.getValue();
            if (e.getKey().equals("apiKeyEnv") && c.apiKeyEnv() != null) {
                value += llm.keyPresent() ? " (set; value hidden)" : " (NOT set)";
            }
            ShellConfig.Entry src = sources.get("llm." + shellKey(e.getKey()));
            rows.add(new String[]{"llm." + shellKey(e.getKey()), value, src == null ? "default" : src.source()});
        }
        out.println(Tables.render(rows, out));
        String summary = "model " + c.provider().id() + "/" + c.model();
        if (test) {
            LlmServices.ConnectionReport r = llm.testConnection();
            summary = r.ok() ? r.model() + " answered \"" + r.answer() + "\" in " + r.latency().toMillis() + " ms"
                    : r.model() + " failed: " + r.error();
            out.println(r.ok() ? out.green(summary) : out.red(summary));
            if (!r.ok()) throw new SessionException(summary);
        }
        holder.session().note(summary);
    }

    /** baseUrl -> base-url, the spelling of the shell's configuration. */
    private static String shellKey(String coreKey) {
        if (coreKey.equals("replayFile")) return "replay-from";
        return coreKey.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    @Command(name = "prompts", group = GROUP, description = "List the prompt templates; prompts show NAME prints one")
    public void prompts(@Arguments List<String> args) {
        PromptLibrary lib = llm.prompts();
        if (args.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"NAME", "PLACEHOLDERS"});
            for (String n : lib.names()) {
                PromptTemplate t = lib.get(n);
                rows.add(new String[]{n, String.join(", ", t.placeholders())});
            }
            out.println(Tables.render(rows, out));
            out.println(out.dim("templates in " + lib.dir() + " (edits apply at once)"));
            holder.session().note(lib.names().size() + " prompts");
            return;
        }
        if (!args.get(0).equals("show") || args.size() != 2) throw new SessionException("usage: prompts [show NAME]");
        out.out().print(lib.source(args.get(1)));
        out.out().flush();
        holder.session().note("shown prompt " + args.get(1));
    }

    @Command(name = "kb", group = GROUP, description = "kb search TEXT: the knowledge-base entries retrieved for an error text, with scores and why")
    public void kb(@Arguments List<String> args,
                   @Option(longName = "top", description = "entries to show", defaultValue = "5") Integer top) {
        if (args.size() < 2 || !args.get(0).equals("search")) throw new SessionException("usage: kb search TEXT [--top N]");
        String text = String.join(" ", args.subList(1, args.size()));
        KnowledgeBase kb = llm.knowledge();
        List<KnowledgeBase.Hit> hits = kb.search(text, Math.max(1, top));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"SCORE", "ID", "TITLE", "WHY"});
        for (KnowledgeBase.Hit h : hits) {
            rows.add(new String[]{String.format("%.3f", h.score()), h.entry().id(), h.entry().title(), h.why()});
        }
        out.println(Tables.render(rows, out));
        String summary = hits.isEmpty() ? "no entries" : "best: " + hits.get(0).entry().id()
                + String.format(" (%.3f)", hits.get(0).score());
        holder.session().note(summary);
    }
}
