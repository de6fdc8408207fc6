package org.mcpstreams.cluster;

import java.util.Objects;

/**
 * What one node tells another about routing, as it travels between them: plain text, so that a
 * member reads it without any class of the application. The first character names the kind, then
 * come the fields a line each, the last field (a JSON-RPC message, which may hold anything) last.
 */
sealed interface Forward {

    /** The text that travels; {@link #parse} reads it back. */
    String toText();

    /**
     * Reads the text of a forward.
     *
     * @throws IllegalArgumentException when the text is no forward
     */
    static Forward parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("An empty forward");
        }
        String body = text.substring(1);
        return switch (text.charAt(0)) {
            case 'D' -> new Deliver(head(body), tail(body));
            case 'B' -> new Broadcast(body);
            case 'O' -> new StreamOpened(head(body), tail(body));
            case 'C' -> new StreamClosed(body);
            case 'A' -> new Answer(head(body), tail(body));
            case 'S' -> new Signal(body);
            default -> throw new IllegalArgumentException("An unknown kind of forward: " + text.charAt(0));
        };
    }

    private static String head(String body) {
        int end = body.indexOf('\n');
        if (end < 0) {
            throw new IllegalArgumentException("A forward without its second field");
        }
        return body.substring(0, end);
    }

    private static String tail(String body) {
        return body.substring(body.indexOf('\n') + 1);
    }

    private static String field(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(name + " holds a line break");
        }
        return value;
    }

    /** A session-wide message for the session whose GET stream the receiving node holds. */
    record Deliver(String sessionId, String message) implements Forward {
        public Deliver {
            field(sessionId, "sessionId");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toText() {
            return "D" + sessionId + "\n" + message;
        }
    }

    /** A message for every session whose GET stream the receiving node holds. */
    record Broadcast(String message) implements Forward {
        public Broadcast {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toText() {
            return "B" + message;
        }
    }

    /** A GET stream of the session opened on {@code member}: messages held for the session go there. */
    record StreamOpened(String sessionId, String member) implements Forward {
        public StreamOpened {
            field(sessionId, "sessionId");
            Objects.requireNonNull(member, "member");
        }

        @Override
        public String toText() {
            return "O" + sessionId + "\n" + member;
        }
    }

    /** The last GET stream of the session on the member that tells closed. */
    record StreamClosed(String sessionId) implements Forward {
        public StreamClosed {
            field(sessionId, "sessionId");
        }

        @Override
        public String toText() {
            return "C" + sessionId;
        }
    }

    /** A client's answer to a request of this server, for the node whose request waits for it. */
    record Answer(String sessionId, String answer) implements Forward {
        public Answer {
            field(sessionId, "sessionId");
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public String toText() {
            return "A" + sessionId + "\n" + answer;
        }
    }

    /** A {@link org.mcpstreams.protocol.PeerSignal}'s text, for the takers of the receiving node. */
    record Signal(String text) implements Forward {
        public Signal {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toText() {
            return "S" + text;
        }
    }
}
