package io.eventplan.collector.warehouse;

/**
 * One link of {@code aliases}: {@code previousId} (an anonymous id, or a former user id) belongs to
 * {@code userId}.
 *
 * @param timestamp ISO-8601 text of the call that made the link
 */
public record AliasRow(String previousId, String userId, String timestamp) {}
