/** Contact policy and compliance gate: hours, frequency, third parties, message content, opt-outs. */
package dev.recovery.legal.contact;
