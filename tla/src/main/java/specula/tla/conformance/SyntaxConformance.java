package specula.tla.conformance;

import specula.tla.syntax.ParseResult;
import specula.tla.syntax.SyntaxDiagnostic;
import specula.tla.syntax.TlaParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the syntax phase over the corpus and compares with SANY. Reusable by the shell's {@code conformance} command;
 * later phases (semantic {@code parse:}, model checking {@code check:}) add their own runners beside this one.
 */
public final class SyntaxConformance {
    private final TlaParser parser;

    public SyntaxConformance(TlaParser parser) {
        this.parser = parser;
    }

    /** One module whose verdict differs from SANY's. */
    public record Mismatch(String path, boolean sanyOk, String sanyError, String ourError) {
    }

    public record ModuleReport(int agree, int total, long millis, List<Mismatch> mismatches) {
        public String summary() {
            return "syntax: " + agree + "/" + total + " agree with SANY (" + millis + " ms)";
        }
    }

    /**
     * Verdict agreement counts a mutant as agreeing when we reject it iff SANY's phase is {@code syntax};
     * {@code sameLine} counts SANY-syntax-rejected mutants we reject at SANY's line.
     */
    public record MutantReport(int agree, int total, int sameLine, int sanySyntaxRejected, int weReject,
                               List<Mismatch> mismatches, List<Mismatch> wrongLine) {
        public String summary() {
            return "syntax-mutants: " + agree + "/" + total + " verdicts, " + sameLine + "/" + sanySyntaxRejected
                    + " same line";
        }
    }

    public ModuleReport modules(Corpus corpus) {
        long t0 = System.nanoTime();
        int agree = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        for (Corpus.ModuleCase m : corpus.modules()) {
            ParseResult r = parser.parse(m.file().getFileName().toString(), Corpus.read(m.file()));
            boolean ours = r.ok();
            // Until semantic analysis exists, only SANY's syntax verdict is comparable.
            boolean sanySyntaxOk = m.sanyOk() || !m.sanyPhase().equals("syntax");
            if (ours == sanySyntaxOk) {
                agree++;
            } else {
                mismatches.add(new Mismatch(m.path(), m.sanyOk(), m.sanyPhase(), first(r)));
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new ModuleReport(agree, corpus.modules().size(), ms, List.copyOf(mismatches));
    }

    public MutantReport mutants(Corpus corpus) {
        int agree = 0;
        int sameLine = 0;
        int sanyRejected = 0;
        int weReject = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        List<Mismatch> wrongLine = new ArrayList<>();
        for (Corpus.MutantCase m : corpus.mutants()) {
            ParseResult r = parser.parse(m.file().getFileName().toString(), Corpus.read(m.file()));
            boolean sanyRejects = m.sanyPhase().equals("syntax");
            boolean weRejects = !r.ok();
            String sany = m.sanyPhase() + (m.line() > 0 ? " at " + m.line() + ":" + m.column() : "") + " "
                    + m.kind();
            if (sanyRejects == weRejects) {
                agree++;
            } else {
                mismatches.add(new Mismatch(m.id(), !sanyRejects, sany, first(r)));
            }
            if (sanyRejects) {
                sanyRejected++;
                if (weRejects) {
                    weReject++;
                    if (r.diagnostics().get(0).range().line() == m.line()) {
                        sameLine++;
                    } else {
                        wrongLine.add(new Mismatch(m.id(), false, sany + " | " + m.firstError(), first(r)));
                    }
                }
            }
        }
        return new MutantReport(agree, corpus.mutants().size(), sameLine, sanyRejected, weReject,
                List.copyOf(mismatches), List.copyOf(wrongLine));
    }

    private static String first(ParseResult r) {
        if (r.diagnostics().isEmpty()) {
            return "accepted";
        }
        SyntaxDiagnostic d = r.diagnostics().get(0);
        return d.range().line() + ":" + d.range().column() + " " + d.message();
    }
}
