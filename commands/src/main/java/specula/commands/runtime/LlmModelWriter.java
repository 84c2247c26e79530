package specula.commands.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmReply;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.TokenListener;
import specula.tla.check.cfg.ConfigException;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ConstantEntry;
import specula.tla.check.cfg.ModelConfig;

/**
 * {@code model new --llm}: the deterministic model is drafted first and sent with the spec, so the model only has
 * to give constants their meaning (a set of quorums, a message alphabet). The answer must be a .cfg that parses
 * and still assigns every constant the draft assigns.
 */
public final class LlmModelWriter {
    public static final String PROMPT = "model-new";
    private static final Pattern FENCED = Pattern.compile("(?ms)^\\s*`{3,}\\s*([A-Za-z]*)\\s*$\\n(.*?)^\\s*`{3,}\\s*$");

    private final ModelWriter drafter;
    private final LlmClient client;
    private final PromptLibrary prompts;

    public LlmModelWriter(ModelWriter drafter, LlmClient client, PromptLibrary prompts) {
        this.drafter = drafter;
        this.client = client;
        this.prompts = prompts;
    }

    /**
     * @throws IllegalArgumentException when the answer's model does not parse, leaves a constant without a value
     *                                  or assigns one the module does not declare (the message says which)
     */
    public ModelWriter.Result write(String moduleName, String text, TokenListener tokens, CancelToken cancel) {
        ModelWriter.Result draft = drafter.write(moduleName, text);
        LlmReply reply = client.chat(prompts.get(PROMPT).render("model.new", Map.of("module", moduleName,
                "spec", text, "draft", draft.text(), "notes", String.join("\n", draft.notes()))), tokens, cancel);
        String cfg = extract(reply.text());
        ModelConfig parsed;
        try {
            parsed = ConfigParser.parse(moduleName + ".cfg", cfg);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("model new --llm: the model in the answer does not parse: "
                    + e.getMessage() + "; nothing written");
        }
        // The draft assigns every constant the module declares, so it is the list to compare with.
        List<String> missing = new ArrayList<>();
        for (ConstantEntry e : draft.config().constants()) {
            if (parsed.constant(e.name()).isEmpty()) {
                missing.add(e.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("model new --llm: the model in the answer leaves constants without a "
                    + "value: " + String.join(", ", missing) + "; nothing written");
        }
        List<String> unknown = new ArrayList<>();
        for (ConstantEntry e : parsed.constants()) {
            if (draft.config().constant(e.name()).isEmpty()) {
                unknown.add(e.name());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("model new --llm: the model in the answer assigns constants "
                    + moduleName + " does not declare: " + String.join(", ", unknown) + "; nothing written");
        }
        List<String> notes = new ArrayList<>(draft.notes());
        notes.add("values chosen by the model " + client.describeModel() + " from the draft above");
        return new ModelWriter.Result(moduleName, parsed, cfg, notes);
    }

    /** The last ```cfg block, else the last fenced block, else the whole answer. */
    static String extract(String answer) {
        Matcher m = FENCED.matcher(answer.replace("\r\n", "\n"));
        String tagged = null;
        String any = null;
        while (m.find()) {
            any = m.group(2);
            if (m.group(1).equalsIgnoreCase("cfg") || m.group(1).equalsIgnoreCase("tlc")) {
                tagged = m.group(2);
            }
        }
        String body = tagged != null ? tagged : any != null ? any : answer;
        return body.strip() + "\n";
    }
}
