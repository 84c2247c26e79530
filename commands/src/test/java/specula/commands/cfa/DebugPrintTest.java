package specula.commands.cfa;

import org.junit.jupiter.api.Test;

import specula.tla.syntax.AstPrinter;

import java.nio.file.Path;

class DebugPrintTest {
    @Test
    void print() throws Exception {
        String f = System.getProperty("cfa.debug");
        if (f == null) return;
        CfaResult r = new CfaTransformer(CfaOptions.ALL).transform(Seeds.parse(Path.of(f)));
        System.out.println(AstPrinter.print(r.module()));
        r.changes().forEach(System.out::println);
        System.out.println(r.entries());
        System.out.println(r.interactions());
    }
}
