// The esbuild entry of the page the analytics-next end-to-end tests drive: Segment's @segment/analytics-next,
// unchanged, as window.AnalyticsBrowser.
import { AnalyticsBrowser } from "@segment/analytics-next";

window.AnalyticsBrowser = AnalyticsBrowser;
