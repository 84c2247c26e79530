package specula.commands.llm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code llm.jsonl} recording of a session: one JSON object per line, appended with a single write and forced
 * to disk so a crash leaves at most one unterminated last line, which {@link #read} skips.
 */
public final class ExchangeLog {
    private final Path file;
    private final Redactor redactor;
    private final ObjectMapper json = mapper();
    private int count = -1;

    public ExchangeLog(Path file, Redactor redactor) {
        this.file = file;
        this.redactor = redactor;
    }

    public Path file() {
        return file;
    }

    /** Next sequence number: one more than the recorded exchanges (the file is read once, then counted). */
    public synchronized int nextSeq() {
        if (count < 0) {
            count = read(file).size();
        }
        return count + 1;
    }

    public synchronized void append(Exchange e) {
        Exchange clean = new Exchange(e.seq(), e.time(), e.provider(), e.model(), e.purpose(), e.promptHash(),
                redactor.apply(e.system()), redactor.apply(e.user()), redactor.apply(e.response()), e.tokensIn(),
                e.tokensOut(), e.latencyMs(), e.finishReason(), redactor.apply(e.error()));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            byte[] line = (json.writeValueAsString(clean) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (count >= 0) {
                count++;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** All complete exchanges of a recording; an empty list when the file does not exist. */
    public static List<Exchange> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        ObjectMapper json = mapper();
        List<Exchange> out = new ArrayList<>();
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                boolean last = i == lines.length - 1;
                try {
                    out.add(json.readValue(line, Exchange.class));
                } catch (IOException bad) {
                    if (!last) {
                        throw new LlmException(LlmException.Kind.CONFIG,
                                file + ":" + (i + 1) + ": not a recorded exchange: " + bad.getMessage().lines().findFirst().orElse(""));
                    }
                    // an interrupted append leaves one partial last line: ignore it
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
        return out;
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }
}
