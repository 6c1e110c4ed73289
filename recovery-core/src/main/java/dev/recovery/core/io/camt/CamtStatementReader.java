package dev.recovery.core.io.camt;

import dev.recovery.core.io.ImportFailure;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ISO 20022 camt.053 bank-to-customer statements (versions .001.02 to .001.08 and later) with
 * the JDK's StAX parser, by element local names, so any namespace version is accepted.
 *
 * <p>Stateless and thread-safe. Each entry ({@code Ntry}) gives one {@link StatementLine} with the
 * entry's amount and currency ({@code Ntry/Amt} wins over transaction details), booking and value
 * dates, the counterparty's name and IBAN, the unstructured ({@code Ustrd}) and structured ({@code
 * Strd/CdtrRefInf/Ref}, {@code Strd/RfrdDocInf/Nb}) remittance and the end-to-end id. A batch entry
 * whose transactions ({@code TxDtls}) each give an amount in the entry's currency, summing to the
 * entry's amount, gives one line per transaction. Debit entries, reversals ({@code RvslInd} true)
 * and entries not booked are read and reported with the reason, never matched. An entry that
 * cannot be read (no amount, no date) is one failure with its line; XML that is not well-formed, or
 * a document that is not a statement, throws a {@link CamtFormatException} with line and column.
 * DTDs and external entities are refused.
 */
public final class CamtStatementReader {

  private static final Pattern AMOUNT = Pattern.compile("\\d{1,18}(\\.\\d{1,5})?");

  private CamtStatementReader() {}

  /**
   * Reads a statement file.
   *
   * @throws CamtFormatException if the XML is not well-formed or not a camt.053 statement
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CamtStatement read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read statement " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a statement from a stream; {@code source} names it in errors.
   *
   * @throws CamtFormatException if the XML is not well-formed or not a camt.053 statement
   */
  public static CamtStatement read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in);
      return new Parse(source, xml).run();
    } catch (XMLStreamException e) {
      Location loc = e.getLocation();
      String msg = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
      int nl = msg.indexOf("\nMessage: ");
      if (nl >= 0) {
        msg = msg.substring(nl + "\nMessage: ".length());
      }
      throw new CamtFormatException(source, loc == null ? 0 : loc.getLineNumber(),
          loc == null ? 0 : loc.getColumnNumber(), "malformed XML: " + msg.strip(), e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // closing a reader that failed: nothing more to report
        }
      }
    }
  }

  /** A small element tree of one entry, with positions. */
  private static final class Node {
    final String name;
    final int line;
    final int column;
    final List<Node> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    String currency;

    Node(String name, int line, int column) {
      this.name = name;
      this.line = line;
      this.column = column;
    }

    Node child(String... path) {
      Node n = this;
      for (String p : path) {
        Node found = null;
        for (Node c : n.children) {
          if (c.name.equals(p)) {
            found = c;
            break;
          }
        }
        if (found == null) {
          return null;
        }
        n = found;
      }
      return n;
    }

    List<Node> all(String... path) {
      List<Node> current = List.of(this);
      for (String p : path) {
        List<Node> next = new ArrayList<>();
        for (Node n : current) {
          for (Node c : n.children) {
            if (c.name.equals(p)) {
              next.add(c);
            }
          }
        }
        current = next;
      }
      return current;
    }

    Optional<String> text(String... path) {
      Node n = child(path);
      if (n == null) {
        return Optional.empty();
      }
      String t = n.text.toString().strip();
      return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
  }

  private static final class Parse {
    private final String source;
    private final XMLStreamReader xml;
    private final List<StatementLine> lines = new ArrayList<>();
    private final List<ImportFailure> failures = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private String version = "camt.053";
    private String messageId;
    private String accountIban;
    private String statementId = "STMT";
    private int statementNumber;
    private int entryNumber;

    Parse(String source, XMLStreamReader xml) {
      this.source = source;
      this.xml = xml;
    }

    CamtStatement run() throws XMLStreamException {
      Deque<String> path = new ArrayDeque<>();
      boolean sawStatement = false;
      boolean root = true;
      StringBuilder text = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (root) {
            String ns = xml.getNamespaceURI();
            if (ns != null && ns.contains("camt.")) {
              version = ns.substring(ns.indexOf("camt."));
            }
            if (ns != null && ns.contains("camt.") && !ns.contains("camt.053")) {
              throw notStatement("the namespace " + ns + " is not camt.053");
            }
            root = false;
          }
          if (name.equals("BkToCstmrStmt")) {
            sawStatement = true;
          }
          if (name.equals("Ntry") && "Stmt".equals(path.peek())) {
            entry(readTree(name));
            continue;
          }
          if (name.equals("Stmt")) {
            statementNumber++;
            entryNumber = 0;
            statementId = "STMT" + statementNumber;
          }
          path.push(name);
          text.setLength(0);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = path.pop();
          String t = text.toString().strip();
          String parent = path.peek();
          if (name.equals("MsgId") && "GrpHdr".equals(parent) && messageId == null && !t.isEmpty()) {
            messageId = t;
          } else if (name.equals("Id") && "Stmt".equals(parent) && !t.isEmpty()) {
            statementId = t;
          } else if (name.equals("IBAN") && accountIban == null && path.size() >= 3
              && pathIs(path, "Id", "Acct", "Stmt") && !t.isEmpty()) {
            accountIban = t;
          }
          text.setLength(0);
        }
      }
      if (!sawStatement) {
        throw notStatement("no BkToCstmrStmt element: this is not a camt.053 bank-to-customer statement");
      }
      return new CamtStatement(source, version, Optional.ofNullable(messageId), Optional.ofNullable(accountIban),
          lines, failures);
    }

    private static boolean pathIs(Deque<String> path, String... top) {
      var it = path.iterator();
      for (String t : top) {
        if (!it.hasNext() || !it.next().equals(t)) {
          return false;
        }
      }
      return true;
    }

    private CamtFormatException notStatement(String why) {
      Location loc = xml.getLocation();
      return new CamtFormatException(source, loc.getLineNumber(), loc.getColumnNumber(), why, null);
    }

    /** Reads the current element's subtree (the reader is on its start tag). */
    private Node readTree(String name) throws XMLStreamException {
      Location loc = xml.getLocation();
      Node top = new Node(name, loc.getLineNumber(), loc.getColumnNumber());
      top.currency = xml.getAttributeValue(null, "Ccy");
      Deque<Node> stack = new ArrayDeque<>();
      stack.push(top);
      while (!stack.isEmpty()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          Location l = xml.getLocation();
          Node n = new Node(xml.getLocalName(), l.getLineNumber(), l.getColumnNumber());
          n.currency = xml.getAttributeValue(null, "Ccy");
          stack.peek().children.add(n);
          stack.push(n);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          stack.peek().text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.pop();
        }
      }
      return top;
    }

    private void entry(Node ntry) {
      entryNumber++;
      String where = "Ntry #" + entryNumber + " of statement " + statementId;
      Node amt = ntry.child("Amt");
      Money amount;
      try {
        amount = money(amt, "Ntry/Amt");
      } catch (IllegalArgumentException e) {
        failures.add(ImportFailure.ofField(source, amt == null ? ntry.line : amt.line, "Ntry/Amt",
            amt == null ? "" : amt.text.toString().strip(), where + ": " + e.getMessage()));
        return;
      }
      String cd = ntry.text("CdtDbtInd").orElse("");
      if (!cd.equals("CRDT") && !cd.equals("DBIT")) {
        failures.add(ImportFailure.ofField(source, ntry.line, "Ntry/CdtDbtInd", cd,
            where + ": expected CRDT or DBIT"));
        return;
      }
      boolean credit = cd.equals("CRDT");
      String rv = ntry.text("RvslInd").orElse("false").toLowerCase(Locale.ROOT);
      boolean reversal = rv.equals("true") || rv.equals("1");
      String status = ntry.text("Sts", "Cd").or(() -> ntry.text("Sts")).orElse("BOOK");
      Optional<LocalDate> booking;
      Optional<LocalDate> value;
      try {
        booking = date(ntry.child("BookgDt"));
        value = date(ntry.child("ValDt"));
      } catch (DateTimeParseException e) {
        failures.add(ImportFailure.ofField(source, ntry.line, "Ntry/BookgDt", e.getParsedString(),
            where + ": not an ISO date (YYYY-MM-DD)"));
        return;
      }
      if (booking.isEmpty() && value.isEmpty()) {
        failures.add(ImportFailure.ofField(source, ntry.line, "Ntry/BookgDt", "",
            where + ": neither a booking date nor a value date"));
        return;
      }
      String exclusion = null;
      if (!status.equals("BOOK")) {
        exclusion = "status " + status + ": not booked";
      } else if (reversal) {
        exclusion = "reversal (RvslInd true) of an earlier " + (credit ? "debit" : "credit") + ": reported, not matched";
      } else if (!credit) {
        exclusion = "debit entry (DBIT): money paid out, not a payment received";
      }
      Optional<String> entryRef = ntry.text("AcctSvcrRef").or(() -> ntry.text("NtryRef"));
      List<Node> txs = ntry.all("NtryDtls", "TxDtls");
      List<Money> txAmounts = new ArrayList<>();
      long sum = 0;
      boolean split = txs.size() > 1;
      for (Node tx : txs) {
        Money m = txAmount(tx);
        if (m == null || !m.currency().equals(amount.currency()) || !m.isPositive()) {
          split = false;
        } else {
          sum += m.toMinorUnits();
        }
        txAmounts.add(m);
      }
      List<String> notes = new ArrayList<>();
      if (split && sum != amount.toMinorUnits()) {
        split = false;
        notes.add("the " + txs.size() + " transaction amounts sum to " + Money.ofMinor(amount.currency(), sum)
            + ", not the entry amount " + amount + ": read as one line of the entry amount");
      }
      if (split) {
        for (int k = 0; k < txs.size(); k++) {
          Node tx = txs.get(k);
          String id = id(tx.text("Refs", "AcctSvcrRef"), entryRef.map(r -> r + "/" + (txs.indexOf(tx) + 1)),
              k + 1);
          lines.add(line(id, k + 1, ntry, credit, reversal, status, txAmounts.get(k), booking, value, List.of(tx),
              List.of(), exclusion));
        }
        return;
      }
      Money txAmount = txs.size() == 1 ? txAmounts.get(0) : null;
      if (txAmount != null && !txAmount.currency().equals(amount.currency())) {
        notes.add("the transaction details give " + txAmount + " in another currency; the entry amount "
            + amount + " is used");
      } else if (txAmount != null && txAmount.compareTo(amount) != 0) {
        notes.add("the transaction details give " + txAmount + "; the entry amount " + amount + " is used");
      }
      String id = id(txs.size() == 1 ? txs.get(0).text("Refs", "AcctSvcrRef") : Optional.empty(), entryRef, 0);
      lines.add(line(id, 0, ntry, credit, reversal, status, amount, booking, value, txs, notes, exclusion));
    }

    private String id(Optional<String> txRef, Optional<String> entryRef, int tx) {
      for (Optional<String> candidate : List.of(txRef, entryRef)) {
        if (candidate.isPresent() && !ids.contains(candidate.get())) {
          ids.add(candidate.get());
          return candidate.get();
        }
      }
      String id = statementId + "/" + entryNumber + (tx > 0 ? "/" + tx : "");
      while (!ids.add(id)) {
        id = id + "'";
      }
      return id;
    }

    private StatementLine line(String id, int tx, Node ntry, boolean credit, boolean reversal, String status,
        Money amount, Optional<LocalDate> booking, Optional<LocalDate> value, List<Node> txs, List<String> notes,
        String exclusion) {
      String partyRole = credit ? "Dbtr" : "Cdtr";
      Optional<String> name = Optional.empty();
      Optional<String> iban = Optional.empty();
      Optional<String> e2e = Optional.empty();
      List<String> ustrd = new ArrayList<>();
      List<String> strd = new ArrayList<>();
      for (Node t : txs) {
        Node parties = t.child("RltdPties");
        if (parties != null) {
          Optional<String> n = parties.text(partyRole, "Nm").or(() -> parties.text(partyRole, "Pty", "Nm"))
              .or(() -> parties.text("Ultmt" + partyRole, "Nm")).or(() -> parties.text("Ultmt" + partyRole, "Pty", "Nm"));
          Optional<String> i = parties.text(partyRole + "Acct", "Id", "IBAN");
          name = name.isPresent() ? name : n;
          iban = iban.isPresent() ? iban : i;
        }
        Optional<String> e = t.text("Refs", "EndToEndId").filter(s -> !s.equalsIgnoreCase("NOTPROVIDED"));
        e2e = e2e.isPresent() ? e2e : e;
        for (Node u : t.all("RmtInf", "Ustrd")) {
          String s = u.text.toString().strip();
          if (!s.isEmpty()) {
            ustrd.add(s);
          }
        }
        for (Node s : t.all("RmtInf", "Strd")) {
          for (Node r : s.all("CdtrRefInf", "Ref")) {
            addText(strd, r);
          }
          for (Node r : s.all("RfrdDocInf", "Nb")) {
            addText(strd, r);
          }
        }
      }
      return new StatementLine(PaymentId.of(id), statementId, entryNumber, tx, ntry.line, credit, reversal, status,
          amount, booking, value, name, iban, e2e, ustrd, strd, notes, Optional.ofNullable(exclusion));
    }

    private static void addText(List<String> out, Node n) {
      String s = n.text.toString().strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }

    private static Money txAmount(Node tx) {
      Node a = tx.child("Amt");
      if (a == null) {
        a = tx.child("AmtDtls", "TxAmt", "Amt");
      }
      if (a == null) {
        a = tx.child("AmtDtls", "InstdAmt", "Amt");
      }
      if (a == null) {
        return null;
      }
      try {
        return money(a, "TxDtls/Amt");
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private static Money money(Node amt, String field) {
      if (amt == null) {
        throw new IllegalArgumentException("no " + field + " element");
      }
      String t = amt.text.toString().strip();
      if (amt.currency == null || amt.currency.isBlank()) {
        throw new IllegalArgumentException(field + " has no Ccy attribute");
      }
      if (!AMOUNT.matcher(t).matches()) {
        throw new IllegalArgumentException(field + " '" + t + "' is not an amount (digits, optional '.' and decimals)");
      }
      return Money.of(Money.currency(amt.currency), new BigDecimal(t));
    }

    private static Optional<LocalDate> date(Node holder) {
      if (holder == null) {
        return Optional.empty();
      }
      Optional<String> d = holder.text("Dt").or(() -> holder.text("DtTm"));
      if (d.isEmpty()) {
        return Optional.empty();
      }
      String s = d.get();
      return Optional.of(LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s));
    }
  }
}
