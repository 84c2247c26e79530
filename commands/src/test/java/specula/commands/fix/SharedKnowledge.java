package specula.commands.fix;

import specula.commands.llm.ProjectRoot;

import java.util.List;

/** One embedding model and knowledge base for all tests of a JVM run (loading MiniLM costs ~1.5 s). */
final class SharedKnowledge {
    private static KnowledgeBase kb;

    private SharedKnowledge() {
    }

    static synchronized KnowledgeBase get() {
        if (kb == null) {
            List<KnowledgeEntry> entries = new KnowledgeLoader().load(ProjectRoot.find().resolve("templates/knowledge"));
            kb = new KnowledgeBase(entries, new MiniLmEmbedder());
        }
        return kb;
    }
}
