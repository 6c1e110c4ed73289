/**
 * ISO 20022 camt.053 (bank-to-customer statement) import, versions .001.02 to .001.08 and later,
 * read by element local names with the JDK's StAX parser.
 *
 * <p>{@link dev.recovery.core.io.camt.CamtStatementReader} turns a statement file into {@link
 * dev.recovery.core.io.camt.StatementLine}s: booked credit entries become payments to reconcile;
 * debit entries, reversals and entries not booked are reported with the reason they are left out.
 */
package dev.recovery.core.io.camt;
