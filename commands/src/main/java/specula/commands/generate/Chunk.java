package specula.commands.generate;

/** A piece of one source file, cut between top-level units; lines are 1-based and inclusive. */
public record Chunk(String file, Language language, int index, int count, int firstLine, int lastLine, String text) {

    /** For prompts: "raft.go, lines 1-480, part 1 of 5". */
    public String describe() {
        return "lines " + firstLine + "-" + lastLine + (count > 1 ? ", part " + index + " of " + count : "");
    }
}
