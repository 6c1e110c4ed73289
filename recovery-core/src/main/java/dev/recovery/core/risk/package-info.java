/**
 * Risk features, an explainable risk score and portfolio segmentation: know each debtor before
 * deciding how to chase them.
 *
 * <p>{@link dev.recovery.core.risk.FeatureCalculator} derives {@link
 * dev.recovery.core.risk.DebtorFeatures} from the ledger and the debtor's case file as of an explicit
 * date; a {@link dev.recovery.core.risk.RiskScorer} turns them into a {@link
 * dev.recovery.core.risk.RiskScore} (0-100, higher is riskier, each factor's contribution shown); a
 * {@link dev.recovery.core.risk.Segmenter} places the debtor in a segment with reasons in a
 * collector's words. {@link dev.recovery.core.risk.Segmentation} runs the three over a portfolio.
 * Hosts plug their own scorer (a credit insurer's grade) or segmenter through the interfaces.
 */
package dev.recovery.core.risk;
