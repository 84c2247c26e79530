package specula.tla.conformance;

import specula.tla.stdlib.StandardLibrary;
import specula.tla.syntax.TlaParser;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -cp tla/target/classes specula.tla.conformance.Conformance --corpus ../shared/corpus [--quiet]
 * [--verbose]}: one line per module (and mutant) whose verdict differs from SANY's, then the summary lines.
 */
public final class Conformance {
    private Conformance() {
    }

    public static void main(String[] args) {
        Path corpusDir = null;
        boolean quiet = false;
        boolean verbose = false;
        boolean check = false;
        boolean all = false;
        java.time.Duration budget = java.time.Duration.ofSeconds(60);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--check" -> check = true;
                case "--all" -> all = true;
                case "--budget" -> budget = java.time.Duration.ofSeconds(Long.parseLong(args[++i].replaceAll("s$", "")));
                case "--corpus" -> corpusDir = Path.of(args[++i]);
                case "--quiet" -> quiet = true;
                case "--verbose" -> verbose = true;
                default -> {
                    System.err.println("usage: Conformance --corpus DIR [--quiet] [--verbose] [--check [--budget 60s] [--all]]");
                    System.exit(2);
                }
            }
        }
        if (corpusDir == null) {
            corpusDir = ProjectRoot.corpus().orElse(null);
        }
        if (corpusDir == null || !Files.exists(corpusDir.resolve("expected.json"))) {
            System.err.println("no corpus: pass --corpus DIR (a folder with expected.json)");
            System.exit(2);
        }
        int rc = run(Corpus.load(corpusDir), System.out, quiet, verbose);
        if (check) {
            CheckConformance.Report r = new CheckConformance(budget, all, 1).run(corpusDir,
                    CheckConformance.cases(corpusDir), System.out);
            rc = Math.max(rc, r.count(CheckConformance.Verdict.AGREE) == r.lines().size() ? 0 : 1);
        }
        System.exit(rc);
    }

    /** Prints the report; returns 0 when every SANY-accepted module is accepted, 1 otherwise. */
    public static int run(Corpus corpus, PrintStream out, boolean quiet, boolean verbose) {
        SyntaxConformance runner = new SyntaxConformance(new TlaParser());
        SyntaxConformance.ModuleReport mods = runner.modules(corpus);
        if (!quiet) {
            for (SyntaxConformance.Mismatch m : mods.mismatches()) {
                out.println(m.path() + ": SANY " + (m.sanyOk() ? "accepts" : "rejects (" + m.sanyError() + ")")
                        + ", we: " + m.ourError());
            }
        }
        if (!corpus.mutants().isEmpty()) {
            SyntaxConformance.MutantReport mut = runner.mutants(corpus);
            if (!quiet) {
                for (SyntaxConformance.Mismatch m : mut.mismatches()) {
                    out.println("mutants/" + m.path() + ": SANY " + m.sanyError() + ", we: " + m.ourError());
                }
                if (verbose) {
                    for (SyntaxConformance.Mismatch m : mut.wrongLine()) {
                        out.println("mutants/" + m.path() + " line differs: SANY " + m.sanyError() + "\n    we: "
                                + m.ourError());
                    }
                }
            }
            out.println(mods.summary());
            out.println(mut.summary());
        } else {
            out.println(mods.summary());
        }
        SemanticConformance semantic = new SemanticConformance(new StandardLibrary());
        SemanticConformance.ModuleReport sem = semantic.modules(corpus);
        if (!quiet) {
            for (SemanticConformance.Mismatch m : sem.mismatches()) {
                out.println("parse " + m.path() + ": SANY " + m.sany() + ", we: " + m.ours());
            }
        }
        out.println(sem.summary());
        if (!corpus.mutants().isEmpty()) {
            SemanticConformance.MutantReport mut = semantic.mutants(corpus);
            if (!quiet) {
                for (SemanticConformance.Mismatch m : mut.mismatches()) {
                    out.println("mutants/" + m.path() + ": SANY " + m.sany() + "\n    we: " + m.ours());
                }
                if (verbose) {
                    for (SemanticConformance.Mismatch m : mut.wrongLine()) {
                        out.println("mutants/" + m.path() + " line differs: SANY " + m.sany() + "\n    we: "
                                + m.ours());
                    }
                    for (SemanticConformance.Mismatch m : mut.inexact()) {
                        out.println("mutants/" + m.path() + " code or range differs: SANY " + m.sany()
                                + "\n    we: " + m.ours());
                    }
                }
            }
            out.println(mut.summary());
            out.println(mut.detail());
        }
        return mods.agree() == mods.total() && sem.agree() == sem.total() ? 0 : 1;
    }
}
