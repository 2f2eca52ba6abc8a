/**
 * The warehouse ledger {@code tracking-plan.lock.json}: normalized plan snapshots, the changesets
 * generated so far, and the classification of every change between the last snapshot and the plan.
 */
package io.eventplan.codegen.lock;
