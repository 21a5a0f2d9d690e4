package io.xwindow.beaver.server.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchReaderTest {
  private final ObjectMapper json = new ObjectMapper();
  private final BatchReader reader = new BatchReader(json, new ReadLimits(1024, 5));

  private Batch read(String body) {
    BatchReader.Result result = reader.read(body.getBytes(StandardCharsets.UTF_8));
    return assertInstanceOf(BatchReader.Read.class, result, result.toString()).batch();
  }

  private String written(JsonNode node) throws Exception {
    return json.writeValueAsString(node);
  }

  @Test
  void anEntryWithinTheLimitIsReadAsJacksonReadsIt() throws Exception {
    String payload = "{\"s\":\"text \\u00e9\\n\",\"i\":7,\"l\":12345678901,\"big\":123456789012345678901234567890,"
        + "\"d\":1.5,\"t\":true,\"f\":false,\"n\":null,\"a\":[1,[2],{\"x\":\"y\"}],\"o\":{\"p\":{}}}";

    Batch batch = read("{\"events\":[{\"event\":\"e\",\"payload\":" + payload + "}]}");

    assertEquals(json.readTree(payload), batch.events().get(0).payload());
    assertEquals(0, batch.events().get(0).cut());
    assertEquals(0, batch.totalCut());
  }

  @Test
  void aLongStringIsShortenedToTheEntryLimitAndTheCutCounted() throws Exception {
    Batch batch = read("{\"events\":[{\"event\":\"e\",\"payload\":{\"a\":1,\"stack\":\"" + "s".repeat(5000) + "\",\"b\":2}}]}");

    Event event = batch.events().get(0);
    String text = written(event.payload());
    assertTrue(text.length() <= 1024 && text.length() > 900, "" + text.length());
    assertEquals(1, event.payload().get("a").asInt());
    assertTrue(event.payload().get("stack").asText().startsWith("sss"));
    assertNull(event.payload().get("b"), "nothing fits after the long string");
    long kept = event.payload().get("stack").asText().length();
    assertTrue(event.cut() >= 5000 - kept && event.cut() <= 5000 - kept + 20, "cut " + event.cut());
  }

  @Test
  void membersPastTheLimitAreLeftOutWithoutBeingBuiltAndCounted() throws Exception {
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 500; i++) {
      many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":[").append(i).append(",{\"v\":\"xx\"}]");
    }
    String payload = many.append('}').toString();

    Event event = read("{\"events\":[{\"event\":\"e\",\"payload\":" + payload + "}]}").events().get(0);

    assertTrue(written(event.payload()).length() <= 1024);
    assertTrue(event.payload().size() > 20 && event.payload().size() < 60, "" + event.payload().size());
    long left = payload.length() - written(event.payload()).length();
    // counted member by member: the commas between left-out members are not
    assertTrue(event.cut() <= left && event.cut() > left * 0.9, event.cut() + " cut, about " + left + " left out");
  }

  @Test
  void valuesNestedDeeperThanTheLimitAreCut() {
    String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);

    Event event = read("{\"events\":[{\"event\":\"e\",\"payload\":" + deep + "}]}").events().get(0);

    JsonNode at = event.payload();
    int depth = 0;
    while (at.has("a")) {
      at = at.get("a");
      depth++;
    }
    assertEquals(ReadLimits.MAX_DEPTH - 1, depth); // the event itself is the first level
    assertTrue(event.cut() > 0);
  }

  @Test
  void entriesPastTheBatchsLimitAreSkippedAndCounted() {
    Batch batch = read("{\"events\":[{\"event\":\"1\"},{\"event\":\"2\"},{\"event\":\"3\"}],"
        + "\"tracking\":[{},{},{},{}],\"metrics\":[{}]}");

    assertEquals(3, batch.events().size());
    assertEquals(2, batch.tracking().size());
    assertEquals(0, batch.metrics().size());
    assertEquals(3, batch.skipped());
  }

  @Test
  void theBatchIdAndDropCountSurviveAMetaCutShort() {
    Batch batch = read("{\"meta\":{\"pad\":\"" + "p".repeat(3000) + "\",\"more\":\"x\",\"batchId\":\"b-42\",\"dropped\":3}}");

    assertEquals("b-42", batch.batchId());
    assertEquals(3, batch.dropped());
    assertNull(batch.meta().get("more"));
    assertTrue(batch.cut() > 1900, "" + batch.cut());
    assertEquals(batch.cut(), batch.totalCut());
  }

  @Test
  void cutsOfTrackingAndMetricsAreCountedOnTheBatch() {
    Batch batch = read("{\"tracking\":[{\"t\":\"" + "t".repeat(2000) + "\"}],\"metrics\":[{\"m\":\"" + "m".repeat(2000) + "\"}]}");

    assertTrue(batch.cut() > 900 * 2 && batch.cut() < 1000 * 2, "" + batch.cut());
    assertTrue(batch.tracking().get(0).get("t").asText().length() < 1024);
  }

  @Test
  void aBodyWithAnythingAfterItsObjectIsMalformed() {
    for (String body : new String[] {"{}{}", "{} x", "{}]", "{\"events\":[]} {\"events\":[]}", "[]", "\"x\"", "{\"events\":["}) {
      assertInstanceOf(BatchReader.Malformed.class, reader.read(body.getBytes(StandardCharsets.UTF_8)), body);
    }
    assertInstanceOf(BatchReader.Read.class, reader.read("  {}  \n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aGetsQueryIsCutLikeABodysEntry() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("event", "page_view");
    query.put("x", "1");
    query.put("long", "q".repeat(5000));

    Event event = reader.readQuery(query).events().get(0);

    assertEquals("1", event.payload().get("x").asText());
    assertTrue(event.payload().get("long").asText().length() < 1024);
    assertTrue(event.cut() > 3900, "" + event.cut());
  }
}
