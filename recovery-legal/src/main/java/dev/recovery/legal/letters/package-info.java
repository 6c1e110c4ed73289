/** Mandatory mentions of collection letters and template validation. */
package dev.recovery.legal.letters;
