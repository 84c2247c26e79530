package specula.commands.llm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptTemplateTest {

    @Test
    void rendersNamedPlaceholdersAndSkipsEditorComments() {
        PromptTemplate t = PromptTemplate.parse("t", "#: a note\n## system\nYou are {{role}}.\n## user\n"
                + "Fix {{module}}: {{errors}} ($1 \\n stays literal)\n");
        assertEquals(Set.of("role", "module", "errors"), t.placeholders());
        LlmRequest r = t.render("p", Map.of("role", "a checker", "module", "M", "errors", "E$1"));
        assertEquals("You are a checker.", r.system());
        assertEquals("Fix M: E$1 ($1 \\n stays literal)", r.user());
    }

    @Test
    void missingValueNamesThePlaceholder() {
        PromptTemplate t = PromptTemplate.parse("fix", "## user\n{{spec}} {{errors}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.render("p", Map.of("spec", "x")));
        assertTrue(e.getMessage().contains("{{errors}}") && e.getMessage().contains("fix"), e.getMessage());
    }

    @Test
    void shippedTemplatesParseAndDeclareTheirPlaceholders() {
        PromptLibrary lib = new PromptLibrary(ProjectRoot.find().resolve("templates/prompts"));
        assertEquals(List.of("check-fix", "fix-syntax", "generate-direct", "generate-draft", "generate-translate",
                "model-new"), lib.names());
        assertEquals(Set.of("module", "attempt", "errors", "hints", "spec"), lib.get("fix-syntax").placeholders());
        assertTrue(lib.get("generate-translate").placeholders().contains("analysis"));
        assertFalse(lib.get("generate-direct").placeholders().contains("analysis"));
        assertThrows(IllegalArgumentException.class, () -> lib.get("nope"));
    }
}
