package specula.commands.cfa;

import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how long cfa takes per module (parse excluded, print included), median of N runs after warm-up:
 * {@code java -cp ... specula.commands.cfa.CfaBenchmark [--runs N] FILE.tla...}.
 */
public final class CfaBenchmark {
    private CfaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 20;
        int i = 0;
        if (args.length > 1 && args[0].equals("--runs")) {
            runs = Integer.parseInt(args[1]);
            i = 2;
        }
        CfaTransformer cfa = new CfaTransformer(CfaOptions.ALL);
        for (; i < args.length; i++) {
            Path p = Path.of(args[i]);
            ParseResult r = new TlaParser().parse(p.getFileName().toString(), Files.readString(p));
            if (!r.ok()) {
                System.out.println(p + ": does not parse: " + r.diagnostics().get(0).message());
                continue;
            }
            long[] times = new long[runs];
            String text = "";
            CfaResult res = null;
            for (int w = 0; w < 5; w++) cfa.transform(r.module());
            for (int k = 0; k < runs; k++) {
                long t0 = System.nanoTime();
                res = cfa.transform(r.module());
                text = AstPrinter.print(res.module());
                times[k] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(times);
            System.out.printf("%s: %d lines in, %d lines out, %d changes, %d interactions, median %.1f ms%n", p,
                    r.lines(), text.split("\n").length, res.changes().size(), res.interactions().size(),
                    times[runs / 2] / 1e6);
        }
    }
}
