// Sends the bookshop's events with Segment's Node.js library, as a team's service would:
// node send-events.mjs <collector URL> <write key>
import { Analytics } from '@segment/analytics-node';

const [host, writeKey] = process.argv.slice(2);
const analytics = new Analytics({ writeKey, host });
const failures = [];
analytics.on('error', (error) => failures.push(String(error.reason ?? error.code ?? error)));

analytics.group({ userId: 'reader-7', groupId: 'acme', traits: { name: 'Acme Books', seats: 12 } });
analytics.identify({ userId: 'reader-7',
  traits: { email: 'reader7@example.com', favourite_genres: ['crime', 'poetry'], company_id: 'acme' } });
analytics.track({ userId: 'reader-7', event: 'Reader Registered', properties: { source: 'web' } });
analytics.track({ userId: 'reader-7', event: 'Reader Signed In',
  properties: { method: 'google', app_version: '4.2.0', device: { os: 'web', screen: { width: 1280, height: 800 } } } });
analytics.track({ userId: 'reader-7', event: 'Order Placed',
  properties: { order_id: 'ord-1001', total: 31.5, lines: [{ isbn: '9780141439518', quantity: 2, tags: ['classic'] }] } });
// refused by the plan: an order id of the wrong shape and no lines
analytics.track({ userId: 'reader-7', event: 'Order Placed', properties: { order_id: 'order 12', total: 5, lines: [] } });

await analytics.closeAndFlush({ timeout: 20000 });
if (failures.length > 0) {
  console.error('delivery failed: ' + failures.join('; '));
  process.exit(1);
}
console.log('sent 6 messages');
