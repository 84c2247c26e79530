package specula.commands.check;

import java.util.List;

/**
 * What {@code check} was asked: the model ({@code MODEL}, {@code MODEL.cfg}, or null for {@code <Root>.cfg}) and
 * inline parts that add to or replace the file's ({@code --init}, {@code --next}, {@code --inv}, {@code --const}).
 */
public record CheckRequest(String model, String init, String next, List<String> invariants, List<String> constants) {
    public CheckRequest {
        invariants = List.copyOf(invariants);
        constants = List.copyOf(constants);
    }

    public static CheckRequest of(String model) {
        return new CheckRequest(model, null, null, List.of(), List.of());
    }

    boolean hasInlineParts() {
        return init != null || next != null || !invariants.isEmpty() || !constants.isEmpty();
    }
}
