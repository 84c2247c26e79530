package specula.commands.pipeline;

import specula.commands.fix.Problem;

/**
 * One diagnostic of a module check: the position and message the fix loop works with, and the text people read
 * (header with {@code FILE:LINE:COL}, SANY's message, a hint and the source line with a caret).
 */
public record Finding(String file, Problem problem, String rendered) {
}
