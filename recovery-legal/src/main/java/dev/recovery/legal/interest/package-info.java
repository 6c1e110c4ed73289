/** Late-payment interest and fixed compensation (C. com. L441-10, Directive 2011/7/EU, Late Payment Act 1998). */
package dev.recovery.legal.interest;
