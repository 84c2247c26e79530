package specula.commands.session;

/**
 * The extension point for every state-changing command (open, replace, and later parse, fix, generate, cfa,
 * check, trace): a step reads the current snapshot and returns an {@link Outcome}. {@link Session#execute} turns
 * its changes into one version, journals it and records it in history, so undo, redo, persistence and replay work
 * the same for all steps. Throw {@link SessionException} for a clear failure; nothing is changed then.
 */
@FunctionalInterface
public interface SessionCommand {
    Outcome run(Snapshot current) throws Exception;
}
