/** Statutory caps on payment terms (C. com. L441-10 I, Directive 2011/7/EU art. 3-4). */
package dev.recovery.legal.terms;
