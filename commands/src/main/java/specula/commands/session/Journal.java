package specula.commands.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Append-only JSON-lines log. Each event is one line written with a single write and forced to disk, so a killed
 * process leaves at most one torn last line; {@link #read} drops it and the next append cuts it off first.
 */
public final class Journal {
    private final Path file;

    public Journal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Events read back, and whether an incomplete last line (a crash mid-write) was dropped. */
    public record Contents(List<Map<String, Object>> events, boolean tornTail) {
    }

    public void append(Map<String, Object> event) {
        byte[] line = (Json.write(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ)) {
                long end = validEnd(ch);
                ch.truncate(end);
                ch.position(end);
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(false);
            }
        } catch (IOException e) {
            throw new SessionException("cannot append to journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the whole journal (saving a session under a new name). */
    public void rewrite(List<Map<String, Object>> events) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> e : events) sb.append(Json.write(e)).append('\n');
        AtomicFiles.write(file, sb.toString());
    }

    public Contents read() {
        if (!Files.exists(file)) throw new SessionException(file + ": journal missing");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SessionException(file + ": cannot read journal: " + e.getMessage(), e);
        }
        List<Map<String, Object>> events = new ArrayList<>();
        boolean torn = false;
        String[] lines = text.split("\n", -1);
        // The piece after the last newline is either empty or a line the crash cut short.
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (line.isBlank()) continue;
            Map<String, Object> event = parseEvent(line, i + 1, last);
            if (event == null) {
                torn = true;
                continue;
            }
            events.add(event);
        }
        return new Contents(events, torn);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parseEvent(String line, int lineNo, boolean unterminated) {
        try {
            Object v = Json.parse(line);
            if (v instanceof Map<?, ?> m) {
                if (unterminated) return null;
                return (Map<String, Object>) m;
            }
            throw new IllegalArgumentException("not an object");
        } catch (IllegalArgumentException e) {
            if (unterminated) return null;
            throw new SessionException(file + ":" + lineNo + ": corrupt journal line (" + e.getMessage() + ")");
        }
    }

    /** Offset just after the last newline: anything beyond is a torn write. */
    private static long validEnd(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) return 0;
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long p = size - 1; p >= 0; p--) {
            one.clear();
            ch.read(one, p);
            if (one.get(0) == '\n') return p + 1;
        }
        return 0;
    }
}
