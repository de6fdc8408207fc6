package org.mcpstreams.protocol;

import java.util.function.BiConsumer;

/** {@link AnswerSharing#none()}: one node, whose answers stay where they are taken. */
enum NoAnswerSharing implements AnswerSharing {
    INSTANCE;

    @Override
    public String idTag() {
        return "";
    }

    @Override
    public boolean share(String sessionId, String answer) {
        return false;
    }

    @Override
    public void takeWith(BiConsumer<String, String> taker) {
        // no other node offers any
    }
}
