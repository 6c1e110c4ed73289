package dev.recovery.examples.cli;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.risk.DefaultSegmenter;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import dev.recovery.scenarios.run.ActionGate;
import dev.recovery.scenarios.run.DebtorAccount;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.PenaltyQuoter;
import dev.recovery.scenarios.scenario.ScenarioBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code run} and {@code call-queue} commands share: the reconciled data, the segmentation,
 * the scenarios, the legal gate and penalties, and the accounts the run plans over.
 *
 * @param data the loaded data directory
 * @param segmentation the segment of every debtor
 * @param scenarios the scenario book
 * @param accounts the debtor accounts, by debtor id
 * @param run the configured dunning run
 */
record RunSetup(DataDirectory data, SegmentationResult segmentation, ScenarioBook scenarios,
    Map<DebtorId, DebtorAccount> accounts, DunningRun run) {

  static RunSetup load(Path dataDir, Path scenarioFile, LocalDate asOf, boolean lenient, ActionGate gate,
      PenaltyQuoter penalties) {
    if (!Files.isRegularFile(scenarioFile)) {
      throw new CliInputException("option '--scenarios': '" + scenarioFile + "' does not exist or is not a file");
    }
    ScenarioBook book = ScenariosCommand.read(scenarioFile);
    DataDirectory data = DataDirectory.load(dataDir, asOf, lenient);
    Map<DebtorId, CaseFile> caseFiles = data.portfolio().caseFiles();
    SegmentationResult segmentation = Segmentation.run(data.ledger(), caseFiles, asOf, DefaultSegmenter.defaults());
    Map<DebtorId, DebtorAccount> accounts = new LinkedHashMap<>();
    for (DebtorAccount a : DunningRun.accounts(data.ledger(), caseFiles, segmentation)) {
      accounts.put(a.debtor().id(), a);
    }
    return new RunSetup(data, segmentation, book, accounts, DunningRun.of(book, gate, penalties)
        .withClaimCheck(LegalWiring.claims()));
  }
}
