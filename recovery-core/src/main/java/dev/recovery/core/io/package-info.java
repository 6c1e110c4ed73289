/**
 * Import and export of the receivables data: CSV files of debtors, invoices and payments, JSON Lines
 * case files, and whole portfolio directories.
 *
 * <p>Readers never stop at the first bad row: they return every good row together with one {@link
 * dev.recovery.core.io.ImportFailure} per bad cell (file, line, column or field, value, reason), see
 * {@link dev.recovery.core.io.ImportResult}. Writers produce the exact format the readers read,
 * deterministically, so that a write followed by a read gives equal values.
 *
 * <p>Conventions shared by every file: UTF-8 (a byte-order mark is accepted and skipped), ISO dates
 * {@code yyyy-MM-dd}, amounts as plain decimal strings at the currency's scale ({@code "3000.00"}),
 * never floating-point numbers; an empty optional cell means "absent".
 */
package dev.recovery.core.io;
