/**
 * Reconciliation: matching incoming payments (from the host's books or a bank statement) to open
 * invoices, exactly and explainably, and applying credit notes to the invoices they reference.
 *
 * <p>The entry point is {@link dev.recovery.core.reconcile.Reconciler}; its {@link
 * dev.recovery.core.reconcile.ReconciliationResult} lists matches, suggestions and unmatched
 * payments, each with its reasons, and the allocations that give the reconciled ledger. Structured
 * creditor references (ISO 11649 "RF") are created and validated by {@link
 * dev.recovery.core.reconcile.CreditorReference}.
 */
package dev.recovery.core.reconcile;
