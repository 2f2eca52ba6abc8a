package com.readwell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.readwell.events.ReaderSignedIn;
import io.eventplan.testkit.EventplanCollector;
import io.eventplan.testkit.Rejection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A backend service test with the test kit: one event accepted, one rejected with its reason. */
class TrackingTest {
  @RegisterExtension
  static final EventplanCollector collector = EventplanCollector.create();

  @Test
  void aSignInIsAcceptedAndAnOrderWithoutLinesIsRejected() throws Exception {
    send("""
        {"batch":[
          {"type":"track","event":"Reader Signed In","userId":"reader-1",
           "properties":{"method":"apple","device":{"os":"ios","screen":{"width":390,"height":844}}}},
          {"type":"track","event":"Order Placed","userId":"reader-1",
           "properties":{"order_id":"ord-7","total":12.0,"lines":[]}}
        ]}""");

    List<ReaderSignedIn> signIns = collector.accepted("Reader Signed In", ReaderSignedIn.class);
    assertEquals(1, signIns.size());
    assertEquals("reader-1", signIns.get(0).userId());
    assertEquals(390L, signIns.get(0).device().screen().width());

    List<Rejection> rejected = collector.rejected();
    assertEquals(1, rejected.size());
    assertEquals("Order Placed", rejected.get(0).eventName());
    assertEquals("/lines", rejected.get(0).reasons().get(0).path());
    assertEquals("minItems", rejected.get(0).reasons().get(0).rule());
  }

  private static void send(String json) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(collector.url() + "/v1/batch"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((collector.writeKey() + ":").getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
  }
}
