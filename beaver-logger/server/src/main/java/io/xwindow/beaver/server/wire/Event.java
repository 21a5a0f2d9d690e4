package io.xwindow.beaver.server.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One logged event: its level, its sanitised name and its payload (a JSON object, never null).
 *
 * @param level how severe
 * @param name the name, already sanitised by {@link EventName}
 * @param payload the key-value pairs the page logged with it
 */
public record Event(Level level, String name, ObjectNode payload) {}
