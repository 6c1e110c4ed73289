package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.legal.RulePack;
import dev.recovery.legal.interest.InterestPeriod;
import dev.recovery.legal.interest.LatePaymentRequest;
import dev.recovery.legal.interest.LatePaymentResult;
import dev.recovery.legal.interest.RateMode;
import dev.recovery.legal.rates.RateTableException;
import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery penalty}: late-payment interest and fixed compensation under a jurisdiction's law. */
@Command(name = "penalty", mixinStandardHelpOptions = true,
    description = "Compute late-payment interest and fixed compensation (FR, EU, UK, US rules).")
public final class PenaltyCommand extends BaseCommand {

  @Option(names = "--jurisdiction", required = true, paramLabel = "FR|EU|UK|US", description = "The jurisdiction.")
  String jurisdiction;

  @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "The late amount (plain decimal).")
  String amount;

  @Option(names = "--currency", required = true, paramLabel = "CODE", description = "ISO 4217 currency of the amount.")
  String currency;

  @Option(names = "--due-date", required = true, paramLabel = "YYYY-MM-DD", description = "The due date.")
  LocalDate dueDate;

  @Option(names = "--paid-date", paramLabel = "YYYY-MM-DD", description = "The payment date (or give --as-of).")
  LocalDate paidDate;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The computation date of an unpaid debt.")
  LocalDate asOf;

  @Option(names = "--debtor-type", paramLabel = "TYPE", defaultValue = "business",
      description = "business (default), consumer or public.")
  String debtorType;

  @Option(names = "--rate-mode", paramLabel = "MODE", defaultValue = "by-period",
      description = "by-period (default: the rate changes each half-year) or frozen (rate of the due date).")
  String rateMode;

  @Option(names = "--contract-rate", paramLabel = "PCT", description = "An agreed annual late-payment rate in percent.")
  String contractRate;

  @Option(names = "--reference-rate", paramLabel = "PCT",
      description = "A national reference rate in percent (EU), fixed for the debt.")
  String referenceRate;

  @Option(names = "--formal-notice-date", paramLabel = "YYYY-MM-DD",
      description = "Date of a formal notice (starts legal interest for a French consumer).")
  LocalDate formalNoticeDate;

  @Override
  protected int execute() {
    if ((paidDate == null) == (asOf == null)) {
      throw new CliInputException("options '--paid-date' and '--as-of': give exactly one of them");
    }
    RulePack pack = rulePackOption(jurisdiction);
    Money money = option("--amount", amount, () -> Money.of(option("--currency", currency,
        () -> Money.currency(currency)), new BigDecimal(amount.strip())));
    if (!money.isPositive()) {
      throw new CliInputException("option '--amount' (value '" + amount + "'): must be positive");
    }
    DebtorType type = debtorTypeOption(debtorType);
    RateMode mode = option("--rate-mode", rateMode, () -> RateMode.parse(rateMode));
    BigDecimal contract = contractRate == null ? null : option("--contract-rate", contractRate,
        () -> new BigDecimal(contractRate.strip()));
    BigDecimal reference = referenceRate == null ? null : option("--reference-rate", referenceRate,
        () -> new BigDecimal(referenceRate.strip()));
    LatePaymentRequest request = option("--contract-rate", contractRate, () -> LatePaymentRequest.builder(money, dueDate)
        .paidDate(paidDate).asOf(asOf).debtorType(type).rateMode(mode).contractualRate(contract)
        .referenceRate(reference).formalNoticeDate(formalNoticeDate).build());
    LatePaymentResult r;
    try {
      r = pack.latePayment().compute(request);
    } catch (RateTableException e) {
      throw new CliInputException("options '--due-date' / '--paid-date' / '--as-of': " + e.getMessage(), e);
    }
    if (json) {
      ObjectNode doc = object();
      doc.put("daysLate", r.daysLate());
      doc.put("currency", money.currencyCode());
      doc.put("interest", r.interest().toPlainString());
      doc.put("fixedCompensation", r.fixedCompensation().toPlainString());
      doc.put("total", r.total().toPlainString());
      ArrayNode periods = doc.putArray("periods");
      for (InterestPeriod p : r.periods()) {
        ObjectNode n = periods.addObject();
        n.put("from", p.from().toString());
        n.put("to", p.to().toString());
        n.put("days", p.days());
        n.put("annualRate", p.annualRate().toPlainString());
      }
      ArrayNode basis = doc.putArray("legalBasis");
      r.legalBasis().forEach(basis::add);
      ArrayNode warnings = doc.putArray("warnings");
      r.warnings().forEach(warnings::add);
      printJson(doc);
    } else {
      out().printf("%s late payment, %s debtor: %s due %s, %d day(s) late%n", r.jurisdiction(), type.code(), money,
          dueDate, r.daysLate());
      for (InterestPeriod p : r.periods()) {
        out().printf("  %s..%s  %4d days at %s %%%n", p.from(), p.to(), p.days(), p.annualRate().toPlainString());
      }
      out().printf("interest            %s%n", r.interest());
      out().printf("fixed compensation  %s%n", r.fixedCompensation());
      out().printf("total               %s%n", r.total());
      r.legalBasis().forEach(b -> out().println("basis: " + b));
      r.warnings().forEach(w -> out().println("warning: " + w));
      out().flush();
    }
    return RecoveryCli.OK;
  }
}
