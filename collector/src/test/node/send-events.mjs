// Sends one track and one identify through Segment's @segment/analytics-node, unchanged but for its host, to the
// collector at argv[2] with the write key argv[3]; exits non-zero if the library reports any error.
import { Analytics } from '@segment/analytics-node';

const [host, writeKey] = process.argv.slice(2);
if (!host || !writeKey) {
  console.error('usage: node send-events.mjs <collector url> <write key>');
  process.exit(2);
}

const analytics = new Analytics({ writeKey, host, maxRetries: 0, flushInterval: 100 });
const failures = [];
analytics.on('error', (error) => failures.push(error));
const answers = [];
analytics.on('http_response', ({ status }) => answers.push(status));

analytics.identify({
  userId: 'node-user-1',
  traits: { email: 'ada@example.com', name: 'Ada Lovelace' },
  timestamp: new Date('2026-03-01T10:00:00Z'),
});
analytics.track({
  userId: 'node-user-1',
  event: 'Logged In',
  messageId: 'node-message-1',
  properties: { type: 'password' },
  context: { page: { url: 'https://app.example.com/login' } },
  timestamp: new Date('2026-03-01T10:00:01Z'),
});

await analytics.closeAndFlush({ timeout: 20000 });
console.log(JSON.stringify({ answers, failures: failures.map((f) => String(f.reason ?? f.code ?? f)) }));
process.exit(failures.length === 0 && answers.length > 0 && answers.every((s) => s === 200) ? 0 : 1);
