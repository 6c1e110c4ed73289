package dev.recovery.examples.report;

import dev.recovery.core.money.Money;
import dev.recovery.scenarios.simulate.DailyPoint;
import dev.recovery.scenarios.simulate.StrategyResult;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Writes the simulation report: one self-contained HTML page with PNG charts beside it (cash
 * collected and DSO over time per strategy, open and overdue receivables over time, aging buckets
 * stacked at month ends per strategy, contacts and cost per channel), the KPIs side by side, the
 * legal blocks per rule, example debtor timelines side by side across strategies, and a CSV of the
 * daily series for spreadsheet users.
 */
public final class SimulationReport {

  private SimulationReport() {}

  /** Writes {@code report.html}, its charts and {@code daily.csv} into {@code dir}; returns the HTML file. */
  public static Path write(List<StrategyResult> results, String title, Path dir) {
    try {
      Files.createDirectories(dir);
      String cur = results.get(0).mainCurrency();
      XYChart cash = xy("Cash collected since the start (" + cur + ")", "amount (" + cur + ")");
      XYChart dso = xy("DSO over the last 90 days (" + cur + ")", "days");
      XYChart open = xy("Open receivables, overdue part dashed (" + cur + ")", "amount (" + cur + ")");
      for (StrategyResult r : results) {
        List<Date> dates = new ArrayList<>();
        List<Number> cashValues = new ArrayList<>();
        List<Number> openValues = new ArrayList<>();
        List<Number> overdueValues = new ArrayList<>();
        List<Date> dsoDates = new ArrayList<>();
        List<Number> dsoValues = new ArrayList<>();
        for (DailyPoint p : r.daily()) {
          Date d = Date.from(p.date().atStartOfDay(ZoneOffset.UTC).toInstant());
          dates.add(d);
          cashValues.add(amount(p.cashCollected(), cur));
          openValues.add(amount(p.open(), cur));
          overdueValues.add(amount(p.overdue(), cur));
          p.dso().ifPresent(v -> {
            dsoDates.add(d);
            dsoValues.add(v);
          });
        }
        cash.addSeries(r.name(), dates, cashValues);
        if (!dsoDates.isEmpty()) {
          dso.addSeries(r.name(), dsoDates, dsoValues);
        }
        open.addSeries(r.name() + " open", dates, openValues);
        open.addSeries(r.name() + " overdue", dates, overdueValues)
            .setLineStyle(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
      }
      save(cash, dir, "cash.png");
      for (int k = 0; k < results.size(); k++) {
        save(agingChart(results.get(k)), dir, "aging-" + k + ".png");
      }
      save(dso, dir, "dso.png");
      save(open, dir, "open.png");
      TreeSet<String> channels = new TreeSet<>();
      results.forEach(r -> channels.addAll(r.contacts().keySet()));
      if (!channels.isEmpty()) {
        CategoryChart contacts = category("Contacts per channel", "contacts");
        CategoryChart cost = category("Cost per channel (EUR)", "cost (EUR)");
        TreeSet<String> costKeys = new TreeSet<>(channels);
        results.forEach(r -> costKeys.addAll(r.costByChannel().keySet()));
        for (StrategyResult r : results) {
          contacts.addSeries(r.name(), new ArrayList<>(channels),
              channels.stream().map(c -> (Number) r.contacts().getOrDefault(c, 0)).toList());
          cost.addSeries(r.name(), new ArrayList<>(costKeys), costKeys.stream()
              .map(c -> (Number) r.costByChannel().getOrDefault(c, Money.zero("EUR")).amount()).toList());
        }
        save(contacts, dir, "contacts.png");
        save(cost, dir, "cost.png");
      }
      writeCsv(results, dir.resolve("daily.csv"));
      Path file = dir.resolve("report.html");
      Files.writeString(file, html(results, title, cur, !channels.isEmpty()), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Open receivables by aging bucket at each month end, stacked. */
  private static CategoryChart agingChart(StrategyResult r) {
    CategoryChart c = new CategoryChartBuilder().width(900).height(400)
        .title("Aging buckets at month ends, " + r.name() + " (" + r.mainCurrency() + ")").xAxisTitle("month end")
        .yAxisTitle("open amount (" + r.mainCurrency() + ")").build();
    c.getStyler().setStacked(true);
    c.getStyler().setXAxisLabelRotation(45);
    c.getStyler().setChartBackgroundColor(Color.WHITE);
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    c.getStyler().setYAxisDecimalPattern("#,###");
    List<DailyPoint> monthEnds = r.daily().stream()
        .filter(p -> p.date().getDayOfMonth() == p.date().lengthOfMonth()).toList();
    if (monthEnds.isEmpty()) {
      monthEnds = List.of(r.daily().get(r.daily().size() - 1));
    }
    List<String> months = monthEnds.stream().map(p -> p.date().toString().substring(0, 7)).toList();
    String[] labels = {"not yet due", "1-30 days", "31-60 days", "61-90 days", "91-120 days", "120+ days"};
    for (int b = 0; b < labels.length && b < monthEnds.get(0).agingBuckets().size(); b++) {
      final int bucket = b;
      c.addSeries(labels[b], months, monthEnds.stream().map(p -> (Number) p.agingBuckets().get(bucket).amount()).toList());
    }
    return c;
  }

  private static XYChart xy(String title, String yTitle) {
    XYChart c = new XYChartBuilder().width(900).height(400).title(title).xAxisTitle("date").yAxisTitle(yTitle).build();
    c.getStyler().setDatePattern("yyyy-MM");
    c.getStyler().setMarkerSize(0);
    c.getStyler().setYAxisDecimalPattern("#,###");
    c.getStyler().setChartBackgroundColor(Color.WHITE);
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    return c;
  }

  private static CategoryChart category(String title, String yTitle) {
    CategoryChart c = new CategoryChartBuilder().width(900).height(400).title(title).xAxisTitle("channel")
        .yAxisTitle(yTitle).build();
    c.getStyler().setChartBackgroundColor(Color.WHITE);
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    return c;
  }

  private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path dir, String name)
      throws IOException {
    BitmapEncoder.saveBitmap(chart, dir.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  private static BigDecimal amount(Map<String, Money> byCurrency, String currency) {
    Money m = byCurrency.get(currency);
    return m == null ? BigDecimal.ZERO : m.amount();
  }

  private static void writeCsv(List<StrategyResult> results, Path file) throws IOException {
    StringBuilder sb = new StringBuilder("strategy,date,currency,cash_collected,open,overdue,dso,cei,actions,contacts,"
        + "blocked,cost_eur,disputes,promises_kept,promises_broken,hand_overs\n");
    for (StrategyResult r : results) {
      TreeSet<String> currencies = new TreeSet<>();
      r.daily().forEach(p -> {
        currencies.addAll(p.open().keySet());
        currencies.addAll(p.cashCollected().keySet());
      });
      for (DailyPoint p : r.daily()) {
        for (String c : currencies) {
          boolean main = c.equals(r.mainCurrency());
          sb.append(csv(r.name())).append(',').append(p.date()).append(',').append(c).append(',')
              .append(amount(p.cashCollected(), c).toPlainString()).append(',')
              .append(amount(p.open(), c).toPlainString()).append(',').append(amount(p.overdue(), c).toPlainString())
              .append(',').append(main ? p.dso().map(BigDecimal::toPlainString).orElse("") : "")
              .append(',').append(main ? p.cei().map(BigDecimal::toPlainString).orElse("") : "")
              .append(',').append(p.actions())
              .append(',').append(p.contacts().values().stream().mapToInt(Integer::intValue).sum())
              .append(',').append(p.blocked().values().stream().mapToInt(Integer::intValue).sum())
              .append(',').append(p.cost().toPlainString()).append(',').append(p.disputes()).append(',')
              .append(p.promisesKept()).append(',').append(p.promisesBroken()).append(',').append(p.handOvers())
              .append('\n');
        }
      }
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String html(List<StrategyResult> results, String title, String cur, boolean channels) {
    StringBuilder kpis = new StringBuilder("<tr><th>KPI</th>");
    results.forEach(r -> kpis.append("<th>").append(esc(r.name())).append("</th>"));
    kpis.append("</tr>");
    row(kpis, "cash collected (" + cur + ")", results, r -> amount(r.cashCollected(), cur).toPlainString());
    row(kpis, "open at end (" + cur + ")", results, r -> amount(r.openAtEnd(), cur).toPlainString());
    row(kpis, "overdue at end (" + cur + ")", results, r -> amount(r.overdueAtEnd(), cur).toPlainString());
    row(kpis, "DSO at end (days)", results, r -> r.dso().map(BigDecimal::toPlainString).orElse("n/a"));
    row(kpis, "CEI over the horizon (%)", results, r -> r.cei().map(BigDecimal::toPlainString).orElse("n/a"));
    row(kpis, "contacts", results, r -> String.valueOf(r.contacts().values().stream().mapToInt(Integer::intValue).sum()));
    row(kpis, "cost (EUR)", results, r -> r.totalCost().amount().toPlainString());
    row(kpis, "actions blocked by law", results,
        r -> String.valueOf(r.blockedByRule().values().stream().mapToInt(Integer::intValue).sum()));
    row(kpis, "disputes", results, r -> String.valueOf(r.disputes()));
    row(kpis, "promises kept / broken", results, r -> r.promisesKept() + " / " + r.promisesBroken());
    row(kpis, "hand-overs", results, r -> String.valueOf(r.handOvers()));
    StringBuilder blocks = new StringBuilder();
    for (StrategyResult r : results) {
      r.blockedByRule().forEach((rule, n) -> blocks.append("<tr><td>").append(esc(r.name())).append("</td><td>")
          .append(esc(rule)).append("</td><td class=n>").append(n).append("</td></tr>"));
    }
    StringBuilder paths = new StringBuilder();
    StrategyResult first = results.get(0);
    first.paths().entrySet().stream()
        .sorted(java.util.Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .limit(4).map(Map.Entry::getKey).sorted().forEach(debtor -> {
          paths.append("<h3>").append(esc(debtor)).append("</h3><table><tr>");
          results.forEach(r -> paths.append("<th>").append(esc(r.name())).append("</th>"));
          paths.append("</tr><tr>");
          results.forEach(r -> {
            paths.append("<td style=\"vertical-align:top\"><ul>");
            r.paths().getOrDefault(debtor, List.of("nothing happened"))
                .forEach(line -> paths.append("<li>").append(esc(line)).append("</li>"));
            paths.append("</ul></td>");
          });
          paths.append("</tr></table>");
        });
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>%s</title>
        <style>body{font-family:sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse;margin:1em 0}
        td,th{border:1px solid #ccc;padding:4px 8px}td.n{text-align:right}img{max-width:100%%;display:block;margin:1em 0}
        </style></head><body><h1>%s</h1>
        <p>Each strategy ran the real dunning engine day by day on the same portfolio with the same random draws,
        so the differences come from the strategy alone. Daily series: <a href="daily.csv">daily.csv</a>.</p>
        <h2>KPIs side by side</h2><table>%s</table>
        <h2>Over time</h2><img src="cash.png" alt="cash collected"><img src="dso.png" alt="DSO"><img src="open.png" alt="open receivables">
        %s
        %s
        <h2>Actions blocked by the law</h2><table><tr><th>strategy</th><th>rule</th><th>blocked</th></tr>%s</table>
        <h2>Example debtor timelines</h2>%s
        </body></html>
        """.formatted(esc(title), esc(title), kpis, agingImages(results), channels
            ? "<h2>Contacts and cost per channel</h2><img src=\"contacts.png\" alt=\"contacts\"><img src=\"cost.png\" alt=\"cost\">"
            : "", blocks.length() == 0 ? "<tr><td colspan=3>none</td></tr>" : blocks, paths);
  }

  private static String agingImages(List<StrategyResult> results) {
    StringBuilder sb = new StringBuilder("<h2>Aging buckets over time</h2>");
    for (int k = 0; k < results.size(); k++) {
      sb.append("<img src=\"aging-").append(k).append(".png\" alt=\"aging buckets, ").append(esc(results.get(k).name()))
          .append("\">");
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, List<StrategyResult> results,
      java.util.function.Function<StrategyResult, String> value) {
    sb.append("<tr><td>").append(esc(label)).append("</td>");
    results.forEach(r -> sb.append("<td class=n>").append(esc(value.apply(r))).append("</td>"));
    sb.append("</tr>");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
