/**
 * Adapters between the pipeline cores ({@code tla} parser, {@code llm}, {@code generate}, {@code fix}) and the
 * session: each step reads a {@link specula.commands.session.Snapshot} and returns what the shell renders and what
 * becomes a version. The shell's command classes only parse options, call these, and print.
 */
package specula.commands.pipeline;
