/** Limitation periods and their restart by acknowledgement (C. civ. 2240, Limitation Act 1980). */
package dev.recovery.legal.limitation;
