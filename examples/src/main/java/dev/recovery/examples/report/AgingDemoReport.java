package dev.recovery.examples.report;

import dev.recovery.core.aging.AgingBuckets;
import dev.recovery.core.money.Money;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Writes the aging demo report: one self-contained HTML page with its PNG charts beside it (aged
 * balance stacked by bucket over time, DSO over time) and a CSV of the monthly series.
 */
public final class AgingDemoReport {

  private AgingDemoReport() {}

  /**
   * Writes {@code report.html}, {@code aging.png}, {@code dso.png} and {@code series.csv} into
   * {@code dir}; returns the HTML file.
   */
  public static Path write(AgingTimeline timeline, AgingBuckets buckets, String title, Path dir) {
    try {
      Files.createDirectories(dir);
      String code = timeline.currency().getCurrencyCode();
      List<String> months = timeline.points().stream().map(p -> p.date().toString().substring(0, 7)).toList();
      CategoryChart aging = new CategoryChartBuilder().width(900).height(450)
          .title("Open receivables by days past due (" + code + ")").xAxisTitle("month end")
          .yAxisTitle("open amount (" + code + ")").build();
      aging.getStyler().setStacked(true);
      aging.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
      aging.getStyler().setChartBackgroundColor(Color.WHITE);
      List<String> labels = buckets.labels();
      for (int b = 0; b < labels.size(); b++) {
        final int bucket = b;
        List<Number> values = timeline.points().stream()
            .map(p -> (Number) p.aging().buckets().get(bucket).amount()).toList();
        String name = b == 0 ? "not yet due" : labels.get(b) + " days past due";
        aging.addSeries(name, months, new ArrayList<>(values));
      }
      BitmapEncoder.saveBitmap(aging, dir.resolve("aging.png").toString(), BitmapEncoder.BitmapFormat.PNG);

      XYChart dso = new XYChartBuilder().width(900).height(350).title("DSO over the last 90 days (" + code + ")")
          .xAxisTitle("month end").yAxisTitle("days").build();
      dso.getStyler().setDatePattern("yyyy-MM");
      dso.getStyler().setChartBackgroundColor(Color.WHITE);
      List<Date> dates = timeline.points().stream()
          .map(p -> Date.from(p.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())).toList();
      dso.addSeries("DSO (standard)", new ArrayList<>(dates), new ArrayList<Number>(timeline.dso()));
      BitmapEncoder.saveBitmap(dso, dir.resolve("dso.png").toString(), BitmapEncoder.BitmapFormat.PNG);

      StringBuilder csv = new StringBuilder("month_end,currency");
      labels.forEach(l -> csv.append(",bucket_").append(l));
      csv.append(",open,overdue,dso,cei,matched,suggested,unmatched\n");
      StringBuilder rows = new StringBuilder();
      for (AgingTimeline.Point p : timeline.points()) {
        csv.append(p.date()).append(',').append(code);
        p.aging().buckets().forEach(m -> csv.append(',').append(m.toPlainString()));
        String dsoText = p.kpis().flatMap(k -> k.dsoStandard()).map(Object::toString).orElse("");
        String ceiText = p.kpis().flatMap(k -> k.cei()).map(Object::toString).orElse("");
        csv.append(',').append(p.aging().open().toPlainString()).append(',').append(p.aging().overdue().toPlainString())
            .append(',').append(dsoText).append(',').append(ceiText).append(',').append(p.matched()).append(',')
            .append(p.suggested()).append(',').append(p.unmatched()).append('\n');
        rows.append("<tr><td>").append(p.date()).append("</td>");
        for (Money m : p.aging().buckets()) {
          rows.append("<td class=n>").append(m.toPlainString()).append("</td>");
        }
        rows.append("<td class=n><b>").append(p.aging().open().toPlainString()).append("</b></td><td class=n>")
            .append(dsoText).append("</td><td class=n>").append(ceiText).append("</td><td class=n>")
            .append(p.matched()).append(" / ").append(p.suggested()).append(" / ").append(p.unmatched())
            .append("</td></tr>\n");
      }
      Files.writeString(dir.resolve("series.csv"), csv.toString(), StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder("<tr><th>month end</th>");
      labels.forEach(l -> head.append("<th>").append(l).append("</th>"));
      head.append("<th>open</th><th>DSO</th><th>CEI %</th><th>payments matched / suggested / unmatched</th></tr>");
      String html = """
          <!DOCTYPE html>
          <html lang="en"><head><meta charset="utf-8"><title>%s</title>
          <style>body{font-family:sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse}
          td,th{border:1px solid #ccc;padding:4px 8px}td.n{text-align:right}img{max-width:100%%}</style></head>
          <body><h1>%s</h1>
          <p>Receivables of the bundled sample portfolio at each month end, after reconciling the payments
          received by that day (amounts in %s). Series as CSV: <a href="series.csv">series.csv</a>.</p>
          <img src="aging.png" alt="open receivables by bucket over time">
          <img src="dso.png" alt="DSO over time">
          <table>%s
          %s</table>
          </body></html>
          """.formatted(title, title, code, head, rows);
      Path file = dir.resolve("report.html");
      Files.writeString(file, html, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + dir + ": " + e.getMessage(), e);
    }
  }
}
