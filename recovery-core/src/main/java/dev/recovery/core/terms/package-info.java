/**
 * Payment terms: parsing French and English wording ("45 jours fin de mois", "2/10 net 30"),
 * computing due dates and installments, early-payment discounts.
 *
 * <p>Caps on agreed terms are checked elsewhere (Code de commerce L441-10); this package only
 * describes and computes the terms.
 */
package dev.recovery.core.terms;
