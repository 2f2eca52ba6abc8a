// Generated from tracking-plan.yaml by eventplan - do not edit.

import type { FormatChecks } from "./tracking.js";

/**
 * The format checks of the dev-mode check (date-time, date, uuid, uri, email), with the verdicts of the
 * generated Java validators: `init({ dev: { onViolation, formats } })`. Development only.
 */
export declare const formats: FormatChecks;
