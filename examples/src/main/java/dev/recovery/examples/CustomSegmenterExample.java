package dev.recovery.examples;

import dev.recovery.core.io.Portfolio;
import dev.recovery.core.io.PortfolioLoader;
import dev.recovery.core.risk.SegmentAssignment;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import dev.recovery.core.risk.Segmenter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Example: plug the host's own segmenter (here: a rule on the oldest days past due). */
public final class CustomSegmenterExample {

  private CustomSegmenterExample() {}

  /** Runs the example on the bundled sample. */
  public static void main(String[] args) {
    Segmenter mine = (features, score) -> features.oldestDaysPastDue() > 60
        ? SegmentAssignment.of(features, score, "risky", List.of(),
            List.of(features.oldestDaysPastDue() + " days past due on the oldest invoice -> risky (house rule)"))
        : SegmentAssignment.of(features, score, features.revenueShare().compareTo(new BigDecimal("0.2")) > 0
            ? "key-account" : "standard", List.of(), List.of("house rule on revenue share"));
    Portfolio portfolio = PortfolioLoader.load(Path.of("examples/data/sample")).portfolio();
    SegmentationResult result = Segmentation.run(portfolio.ledger(), portfolio.caseFiles(), LocalDate.of(2025, 7, 31),
        mine);
    result.assignments().forEach(a -> System.out.println(a.debtorId() + " " + a.segment() + " " + a.reasons()));
    System.out.println(result.summary());
  }
}
