package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The bound of {@link GzipBody}, measured where it matters: the bytes its inflater produces. However far a
 * body would inflate, no more than the limit and one byte are ever inflated, so memory stays flat.
 */
class GzipBodyTest {
  private static final int BATCH_LIMIT = 500 * 1024;

  @Test
  void aBombIsRefusedAfterAtMostTheLimitAndOneByte() {
    for (int megabytes : new int[] {1, 20, 200}) {
      byte[] bomb = GzipTest.gzip(GzipTest.paddedBatch(megabytes * 1024 * 1024));
      GzipBody body = new GzipBody(bomb, BATCH_LIMIT, "batch");

      assertThatThrownBy(body::inflate).isInstanceOfSatisfying(ApiException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
      assertThat(body.inflatedBytes()).as("%d MB bomb of %d bytes", megabytes, bomb.length)
          .isEqualTo(BATCH_LIMIT + 1);
    }
  }

  @Test
  void aBodyWithinTheLimitInflatesWhole() {
    byte[] plain = GzipTest.paddedBatch(BATCH_LIMIT - 200);
    GzipBody body = new GzipBody(GzipTest.gzip(plain), BATCH_LIMIT, "batch");

    assertThat(body.inflate()).isEqualTo(plain);
    assertThat(body.inflatedBytes()).isEqualTo(plain.length);
  }
}
