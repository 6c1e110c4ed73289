/** Legal rules by jurisdiction: rule packs (RulePack, RulePacks) and jurisdiction ids. */
package dev.recovery.legal;
