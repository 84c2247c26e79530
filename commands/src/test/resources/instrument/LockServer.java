package demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A lock server for the instrumentation test: braces in strings and comments must not confuse the finder. */
public class LockServer {
    private String owner;
    private final List<String> queue = new ArrayList<>();
    private final Map<String, Integer> grants = new TreeMap<>();
    private final String note = "a } brace in a string { and a call grant() in it";

    LockServer(List<String> clients) {
        for (String c : clients) {
            grants.put(c, 0);
        }
    }

    public boolean request(String client) {
        if (client.equals(owner) || queue.contains(client)) {
            return false; // refused: } not a closing brace
        }
        queue.add(client);
        return true;
    }

    /* grant() { this comment is not a definition } */
    public synchronized boolean grant() throws IllegalStateException {
        if (owner != null || queue.isEmpty()) {
            return false;
        }
        owner = queue.remove(0);
        grants.merge(owner, 1, Integer::sum);
        return true;
    }

    public boolean release(String client) {
        if (!client.equals(owner)) {
            return false;
        }
        owner = null;
        return true;
    }

    public static void main(String[] args) {
        LockServer s = new LockServer(List.of("c1", "c2"));
        s.request("c1");
        s.request("c2");
        s.request("c1");
        s.grant();
        s.grant();
        s.release("c2");
        s.release("c1");
        s.grant();
    }
}
