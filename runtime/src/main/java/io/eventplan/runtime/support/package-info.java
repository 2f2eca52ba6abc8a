/**
 * What generated validators call: reading JSON tokens, recording violations, and the format checks. Public for the
 * generated code, which lives in the user's package; not meant to be called by hand.
 */
package io.eventplan.runtime.support;
