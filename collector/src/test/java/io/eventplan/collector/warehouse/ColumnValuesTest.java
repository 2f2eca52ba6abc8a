package io.eventplan.collector.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Timestamps go to PostgreSQL as UTC instants, since its text input refuses some valid RFC 3339 ones. */
class ColumnValuesTest {
  @Test
  void offsetsBeyondPostgresLimitsBecomeUtc() {
    assertThat(ColumnValues.utc("2085-09-03T12:29:55-16:10"))
        .isEqualTo(OffsetDateTime.parse("2085-09-04T04:39:55Z"));
    assertThat(ColumnValues.utc("2022-01-13T07:54:35+22:39"))
        .isEqualTo(OffsetDateTime.parse("2022-01-12T09:15:35Z"));
    assertThat(ColumnValues.utc("2024-01-31t12:00:00z")).isEqualTo(OffsetDateTime.parse("2024-01-31T12:00:00Z"));
  }

  @Test
  void aLeapSecondIsTheNextSecond() {
    assertThat(ColumnValues.utc("1998-12-31T23:59:60.5Z")).isEqualTo(OffsetDateTime.parse("1999-01-01T00:00:00.5Z"));
    assertThat(ColumnValues.utc("2016-12-31T23:59:60+01:00")).isEqualTo(OffsetDateTime.parse("2016-12-31T23:00:00Z"));
  }

  @Test
  void theFractionIsRoundedToMicrosecondsHalfUp() {
    assertThat(ColumnValues.utc("2024-01-31T12:00:00.123456789123456Z"))
        .isEqualTo(OffsetDateTime.parse("2024-01-31T12:00:00.123457Z"));
    assertThat(ColumnValues.utc("2024-01-31T12:00:00.1234565Z")).isEqualTo(OffsetDateTime.parse("2024-01-31T12:00:00.123457Z"));
    assertThat(ColumnValues.utc("2024-01-31T12:00:00.1234564999Z"))
        .isEqualTo(OffsetDateTime.parse("2024-01-31T12:00:00.123456Z"));
    assertThat(ColumnValues.utc("2024-12-31T23:59:59.9999995Z")).isEqualTo(OffsetDateTime.parse("2025-01-01T00:00:00Z"));
  }
}
