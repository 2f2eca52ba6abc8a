// The every-type plan's declarations compile, keyword, Unicode and digit-first names included.
import {
  track3DModelViewed,
  trackCaféVisited,
  trackClassDeleted,
  trackOrderCompleted,
  trackPageViewed,
  trackPageViewedV2,
  track名前Changed,
  type OrderCompletedProps,
} from "./fixtures/every-type/tracking.js";

const order: OrderCompletedProps = {
  app_version: "2.1",
  class: "first class",
  default: true,
  order: 3,
  "größe": "ab",
  "名前": "Ada",
  "first-name": "Ada",
  level: 3,
  ratio: 0.5,
  tags: ["red"],
  lines: [{ sku: "A1", quantity: 1 }],
  address: { city: "Paris", geo: { lat: 48.85 } },
};
trackOrderCompleted(order);
trackCaféVisited({ app_version: "2.1", "menü": "thé" });
track3DModelViewed({ app_version: "2.1", model: "teapot" });
trackPageViewed({ app_version: "2.1" });
trackPageViewedV2({ app_version: "2.1" });
track名前Changed({ app_version: "2.1" });
trackClassDeleted({ app_version: "2.1", new: true, enum: "a" });

// the common property the caller supplies is required
// @ts-expect-error
trackPageViewed({});
// a nested object forbids unknown members too
// @ts-expect-error
trackOrderCompleted({ ...order, address: { city: "Paris", zip: "75001" } });
// @ts-expect-error
trackOrderCompleted({ ...order, level: 4 });
// @ts-expect-error
trackOrderCompleted({ ...order, tags: ["blue"] });
