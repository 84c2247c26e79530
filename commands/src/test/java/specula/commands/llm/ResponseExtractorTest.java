package specula.commands.llm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseExtractorTest {
    private final ResponseExtractor x = new ResponseExtractor();
    private static final String M = "---- MODULE Counter ----\nEXTENDS Naturals\nVARIABLE n\nInit == n = 0\n====\n";

    @Test
    void prefersTheLastTaggedBlock() {
        String answer = "First try:\n```tla\n" + M.replace("n = 0", "n = 1") + "```\nBetter:\n```tlaplus\n" + M
                + "```\nDone.";
        ResponseExtractor.Extracted e = x.extract(answer, "Counter", ResponseExtractor.NamePolicy.REQUIRE);
        assertEquals(M, e.text());
        assertNull(e.renamedFrom());
    }

    @Test
    void fallsBackToTheLongestUntaggedBlockThenToBareText() {
        String answer = "```\nnot a module\n```\n```\n" + M + "```";
        assertEquals(M, x.extract(answer, "Counter", ResponseExtractor.NamePolicy.REQUIRE).text());
        String bare = "Sure! Here it is:\n" + M + "Trailing prose that must not be included.";
        assertEquals(M, x.extract(bare, "Counter", ResponseExtractor.NamePolicy.REQUIRE).text());
    }

    @Test
    void noModuleIsAClearError() {
        LlmException e = assertThrows(LlmException.class,
                () -> x.extract("I cannot help with that.", "Counter", ResponseExtractor.NamePolicy.REQUIRE));
        assertEquals(LlmException.Kind.NO_TLA_BLOCK, e.kind());
        assertTrue(e.getMessage().contains("I cannot help"));
    }

    @Test
    void missingTerminatorReadsAsTruncated() {
        String cut = "```tla\n---- MODULE Counter ----\nVARIABLE n\nInit ==";
        LlmException e = assertThrows(LlmException.class,
                () -> x.extract(cut, "Counter", ResponseExtractor.NamePolicy.REQUIRE));
        assertEquals(LlmException.Kind.TRUNCATED, e.kind());
    }

    @Test
    void otherModuleNameIsRejectedOrRenamedByPolicy() {
        String other = "```tla\n" + M.replace("Counter", "Other") + "```";
        LlmException e = assertThrows(LlmException.class,
                () -> x.extract(other, "Counter", ResponseExtractor.NamePolicy.REQUIRE));
        assertEquals(LlmException.Kind.WRONG_MODULE, e.kind());
        ResponseExtractor.Extracted r = x.extract(other, "Counter", ResponseExtractor.NamePolicy.RENAME);
        assertEquals(M, r.text());
        assertEquals("Other", r.renamedFrom());
    }
}
