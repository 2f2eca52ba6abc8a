/**
 * What the generated functions need of Segment's `@segment/analytics-next`: an `AnalyticsBrowser` (what
 * `AnalyticsBrowser.load(...)` returns) or an `Analytics` instance. Nothing is imported from the library.
 */
export interface SegmentAnalytics {
  track(event: string, properties?: object): unknown;
  identify(userId: string, traits?: object): unknown;
  group(groupId: string, traits?: object): unknown;
}

/**
 * Sends every call of this module through `analytics` from now on. Calls made before are sent now, in
 * order (at most the last 100).
 */
export declare function setAnalytics(analytics: SegmentAnalytics): void;
