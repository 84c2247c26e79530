package specula.commands.fix;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.util.List;

/**
 * all-MiniLM-L6-v2 running in-process (ONNX, offline). Loading takes about a second and a half, so the model is
 * created on first use and kept by this instance; the shell holds one instance per process.
 */
public final class MiniLmEmbedder implements Embedder {
    private EmbeddingModel model;

    private synchronized EmbeddingModel model() {
        if (model == null) {
            model = new AllMiniLmL6V2EmbeddingModel();
        }
        return model;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream().map(MiniLmEmbedder::unit).toList();
    }

    private static float[] unit(Embedding e) {
        float[] v = e.vector();
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / (n == 0 ? 1 : n));
        }
        return out;
    }
}
