/** Dated rate tables (ECB, French legal rate, Bank of England) loaded from resource files, overridable by the host. */
package dev.recovery.legal.rates;
