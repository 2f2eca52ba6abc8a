// Compiled with `tsc -p tsconfig.analytics-next.json`: the typed calls over analytics-next take what
// @segment/analytics-next 1.84.3 gives a page, and nothing that is not an analytics instance. The typed calls
// themselves are checked by event-calls-type-tests.ts, as the snippet's are.
import { AnalyticsBrowser } from "@segment/analytics-next";
import { setAnalytics, type SegmentAnalytics } from "tracking-under-test";

const browser = AnalyticsBrowser.load({ writeKey: "wk" });
setAnalytics(browser); // what AnalyticsBrowser.load returns, usable at once
browser.then(([analytics]) => setAnalytics(analytics)); // the loaded Analytics instance
const mine: SegmentAnalytics = { track: () => undefined, identify: () => undefined, group: () => undefined };
setAnalytics(mine);

// @ts-expect-error an object without identify and group is no analytics instance
setAnalytics({ track: () => undefined });
// @ts-expect-error
setAnalytics("wk");
