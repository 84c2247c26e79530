package specula.commands.fix;

import java.util.List;

/** Turns texts into unit vectors for similarity search. */
public interface Embedder {
    List<float[]> embedAll(List<String> texts);

    default float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }
}
