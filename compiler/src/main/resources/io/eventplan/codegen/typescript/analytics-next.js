// ---- Sends through Segment's analytics-next (plain ES2019, no imports) ----

/** Calls made before setAnalytics() wait here, at most this many; the oldest go first. */
const MOST_WAITING = 100;

let analytics = null; // the instance given to setAnalytics()
const waiting = []; // [method, arguments] of calls made before it

export function setAnalytics(instance) {
  analytics = instance;
  for (const [method, args] of waiting.splice(0)) send(method, args);
}

export function identify(userId, traits) {
  send("identify", [userId, traits]);
}

export function group(groupId, traits) {
  send("group", [groupId, traits]);
}

/** analytics.track(event, properties): analytics-next adds messageId, timestamp, userId and context.page.url. */
function record(event, properties) {
  send("track", [event, properties]);
}

function send(method, args) {
  if (analytics) analytics[method](...args);
  else if (waiting.push([method, args]) > MOST_WAITING) waiting.shift();
}
