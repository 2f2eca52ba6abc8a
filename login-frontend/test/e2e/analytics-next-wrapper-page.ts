// A page that sends with Segment's analytics-next through the typed calls generated for the root plan
// (typescriptTarget analytics-next, test/fixtures/analytics-next): the settings come from the collector
// (cdnURL), and "Log in" identifies the user, names their company and tracks Logged In and Feature Used. Type-
// checked by tsconfig.analytics-next.json and bundled by analytics-next.e2e.test.mjs.
import { AnalyticsBrowser } from "@segment/analytics-next";
import { group, identify, setAnalytics, trackFeatureUsed, trackLoggedIn } from "../fixtures/analytics-next/tracking.js";

const query = new URLSearchParams(location.search);
const collector = query.get("collector") ?? "";
const analytics = AnalyticsBrowser.load({ writeKey: query.get("writeKey") ?? "", cdnURL: collector });
setAnalytics(analytics);
analytics.then(() => document.body.setAttribute("data-loaded", "true"),
  (error: unknown) => document.body.setAttribute("data-failed", String(error)));

document.getElementById("login")?.addEventListener("click", () => {
  identify("wrapper-user-1", { email: "ada@example.com", name: "Ada Lovelace", company_id: "wrapper-co" });
  group("wrapper-co", { name: "Wrapper Co", plan: "team" });
  trackLoggedIn({ type: "password" });
  trackFeatureUsed({ feature: "csv_import", surface: "web" });
});
