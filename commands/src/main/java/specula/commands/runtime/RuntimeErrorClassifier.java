package specula.commands.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text a TLC-style checker prints and says what happened. The patterns follow tla2tools' own wording
 * (its message catalogue), so the embedded checker's output and a real {@code tlc2.TLC} run classify the same way.
 * Runtime errors are tested before findings because TLC prints "The behavior up to this point is:" after both.
 */
public final class RuntimeErrorClassifier {

    private record Rule(RunReport.Kind kind, Pattern pattern, int subjectGroup) {
    }

    private static final int NONE = 0;
    private static final List<Rule> RULES = List.of(
            rule(RunReport.Kind.PARSE_ERROR, "\\*\\*\\*\\s*Parse Error\\s*\\*\\*\\*|Semantic errors?:|"
                    + "Parsing or semantic analysis failed|Fatal errors while parsing", NONE),
            rule(RunReport.Kind.TIMEOUT, "timed out after|TLC was interrupted|Timeout reached", NONE),
            rule(RunReport.Kind.UNDETERMINED_VARIABLE, "The following variables? (?:is|are|was|were) not "
                    + "(?:assigned|defined)[^:]*:\\s*([A-Za-z_]\\w*)", 1),
            rule(RunReport.Kind.UNDETERMINED_VARIABLE, "(?:State|Successor state) is not completely specified|"
                    + "variable ([A-Za-z_]\\w*) is not (?:assigned|defined|determined)", 1),
            rule(RunReport.Kind.UNDETERMINED_VARIABLE, "identifier ([A-Za-z_]\\w*)' is either undefined", 1),
            rule(RunReport.Kind.ASSIGNED_TWICE, "variable ([A-Za-z_]\\w*) was changed while it is specified as "
                    + "UNCHANGED", 1),
            rule(RunReport.Kind.ASSIGNED_TWICE, "(?:variable )?([A-Za-z_]\\w*)'? (?:is |was )?assigned (?:twice|"
                    + "more than once)", 1),
            rule(RunReport.Kind.EVALUATION_ERROR, "the identifier ([A-Za-z_]\\w*) is either undefined or not an "
                    + "operator", 1),
            rule(RunReport.Kind.TYPE_COMPARE_ERROR, "Attempted to (?:compare|check equality|check if|"
                    + "apply function|apply the operator|access field|enumerate|compute the (?:cardinality|domain))|"
                    + "is not in the domain|is not a (?:function|record|sequence|set|integer|Boolean)|"
                    + "non-(?:integer|boolean|set|function)|is not enumerable", NONE),
            rule(RunReport.Kind.EVALUATION_ERROR, "In evaluation,|TLC threw an unexpected exception|"
                    + "Error: The error occurred when TLC was evaluating|evaluating assertion|"
                    + "The first argument of Assert evaluated to FALSE|CASE .*no (?:arm|guard)|"
                    + "Division by zero|Attempted to construct", NONE),
            rule(RunReport.Kind.ASSUMPTION_FAILURE, "Assumption (line \\d+, col \\d+.*?) is false", 1),
            rule(RunReport.Kind.DEADLOCK, "Deadlock reached", NONE),
            rule(RunReport.Kind.INVARIANT_VIOLATION, "Invariant ([A-Za-z_][\\w!]*) is violated", 1),
            rule(RunReport.Kind.PROPERTY_VIOLATION, "(?:Action property|Property) ([A-Za-z_][\\w!]*) is violated|"
                    + "Temporal properties were violated", 1),
            rule(RunReport.Kind.PROPERTY_VIOLATION, "(?:Postcondition|POSTCONDITION) ([A-Za-z_][\\w!]*)? ?is "
                    + "(?:violated|FALSE|false)", 1));

    private static final Pattern LOCATION = Pattern.compile(
            "[Ll]ine (\\d+), col(?:umn)? (\\d+) to line \\d+, col(?:umn)? \\d+ (?:of|in) (?:module )?([A-Za-z_]\\w*)");
    private static final Pattern TRACE_START = Pattern.compile(
            "(?m)^.*(?:The behavior up to this point is:|The following behaviou?r constitutes a counter-example:|"
                    + "is violated by the initial state:).*$");
    private static final Pattern OK = Pattern.compile("No error has been found|Model checking completed\\.? No error");
    private static final int MAX_TRACE_LINES = 80;

    private static Rule rule(RunReport.Kind kind, String regex, int group) {
        return new Rule(kind, Pattern.compile(regex), group);
    }

    /** Classifies one run's output; {@code exitCode} is used only when the text says nothing recognisable. */
    public RunReport classify(String output, int exitCode) {
        String text = output == null ? "" : output.replace("\r\n", "\n");
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            if (m.find()) {
                String subject = r.subjectGroup() > 0 && m.groupCount() >= r.subjectGroup()
                        ? m.group(r.subjectGroup()) : null;
                return new RunReport(r.kind(), messageAround(text, m.start()), location(text, r.kind()),
                        Optional.ofNullable(subject).map(String::strip).filter(s -> !s.isEmpty()), trace(text));
            }
        }
        if (OK.matcher(text).find() || exitCode == 0) {
            return RunReport.ok(lastLine(text));
        }
        return fromExitCode(exitCode, text);
    }

    /** tla2tools' exit codes, for output this classifier does not recognise. */
    private RunReport fromExitCode(int code, String text) {
        RunReport.Kind kind = switch (code) {
            case 10 -> RunReport.Kind.ASSUMPTION_FAILURE;
            case 11 -> RunReport.Kind.DEADLOCK;
            case 12 -> RunReport.Kind.INVARIANT_VIOLATION;
            case 13 -> RunReport.Kind.PROPERTY_VIOLATION;
            case 150, 151 -> RunReport.Kind.PARSE_ERROR;
            default -> RunReport.Kind.EVALUATION_ERROR;
        };
        return new RunReport(kind, lastLine(text), location(text, kind), Optional.empty(), trace(text));
    }

    /** The message block: from the line holding the match to the next blank line (TLC's paragraphs). */
    static String messageAround(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf("\n\n", at);
        String block = text.substring(start, end < 0 ? text.length() : end).strip();
        return block.startsWith("Error: ") ? block.substring(7) : block;
    }

    /**
     * The innermost position TLC names. For runtime errors TLC lists the nested expressions outermost first, so
     * the last one is where evaluation failed; for the other kinds the first is the relevant one.
     */
    private static Optional<RunReport.Location> location(String text, RunReport.Kind kind) {
        List<RunReport.Location> found = new ArrayList<>();
        Matcher m = LOCATION.matcher(text);
        while (m.find()) {
            found.add(new RunReport.Location(m.group(3), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(kind.role() == RunReport.Role.RUNTIME_ERROR ? found.get(found.size() - 1) : found.get(0));
    }

    /** The error trace, bounded: the first states, then the last ones (where the error is). */
    static String trace(String text) {
        Matcher m = TRACE_START.matcher(text);
        if (!m.find()) {
            return "";
        }
        List<String> lines = new ArrayList<>(List.of(text.substring(m.end()).strip().split("\n")));
        int stop = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.matches("^\\d+ states generated.*") || l.startsWith("Finished in") || l.startsWith("The number of")) {
                stop = i;
                break;
            }
        }
        lines = lines.subList(0, stop);
        if (lines.size() > MAX_TRACE_LINES) {
            int head = MAX_TRACE_LINES / 4;
            int tail = MAX_TRACE_LINES - head;
            List<String> cut = new ArrayList<>(lines.subList(0, head));
            cut.add("... (" + (lines.size() - MAX_TRACE_LINES) + " lines left out) ...");
            cut.addAll(lines.subList(lines.size() - tail, lines.size()));
            lines = cut;
        }
        return String.join("\n", lines).strip();
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }
}
