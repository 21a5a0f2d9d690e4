package io.xwindow.beaver.server.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One logged event: its level, its sanitised name and its payload (a JSON object, never null).
 *
 * @param level how severe
 * @param name the name, already sanitised by {@link EventName}
 * @param payload the key-value pairs the page logged with it, cut to the entry limit ({@link ReadLimits})
 * @param cut about how many bytes of the event's JSON were left out to fit the limit (0: none)
 */
public record Event(Level level, String name, ObjectNode payload, long cut) {
  /** An event nothing was cut from. */
  public Event(Level level, String name, ObjectNode payload) {
    this(level, name, payload, 0);
  }
}
