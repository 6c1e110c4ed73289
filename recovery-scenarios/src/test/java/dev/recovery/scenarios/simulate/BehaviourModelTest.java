package dev.recovery.scenarios.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.ReasonFamily;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourModelTest {

  /** DOMAIN.md, "Channels and cost": a phone reminder costs 10 to 15 EUR, about ten times a written one. */
  @Test
  void default_costs_follow_practice() {
    CostModel c = CostModel.defaults();
    Money phone = c.cost(Channel.PHONE);
    assertThat(phone.amount()).isBetween(new BigDecimal("10"), new BigDecimal("15"));
    BigDecimal ratio = phone.amount().divide(c.cost(Channel.LETTER).amount(), 2, java.math.RoundingMode.HALF_UP);
    assertThat(ratio).isBetween(new BigDecimal("8"), new BigDecimal("12"));
    assertThat(c.cost(Channel.EMAIL).amount()).isLessThan(new BigDecimal("0.10"));
    assertThat(c.cost(Channel.SMS).amount()).isLessThan(new BigDecimal("0.10"));
    assertThat(c.cost(Channel.REGISTERED_LETTER)).isGreaterThan(c.cost(Channel.LETTER));
    assertThat(c.commission(Money.parse("EUR 1000.00"))).isEqualTo(Money.parse("EUR 150.00"));
    assertThat(c.withCost(Channel.PHONE, Money.parse("EUR 11.00")).cost(Channel.PHONE)).isEqualTo(Money.parse("EUR 11.00"));
  }

  /** DOMAIN.md: about one paper reminder in two is thrown away; around 80 % of unpaid invoices settle after a call. */
  @Test
  void default_behaviour_follows_practice() {
    BehaviourModel m = BehaviourModel.defaults();
    assertThat(m.getsThrough(Channel.LETTER)).isEqualTo(0.5);
    SegmentBehaviour standard = m.segment("standard");
    double total = standard.families().values().stream().mapToDouble(Double::doubleValue).sum();
    double settled = 0;
    for (ReasonFamily f : ReasonFamily.values()) {
      FamilyBehaviour fb = m.family(f);
      double pay = fb.payAfter(Channel.PHONE);
      double afterPromise = (1 - pay) * fb.promiseShare() * fb.promiseKept();
      double afterDispute = fb.disputeOnContact() * m.paidAfterDispute();
      double p = afterDispute + (1 - fb.disputeOnContact()) * (pay + afterPromise);
      settled += standard.families().get(f) / total * p;
    }
    assertThat(settled).isBetween(0.72, 0.88);
    // e-mail and SMS nudge the negligent, hardly anyone else
    assertThat(m.family(ReasonFamily.NEGLIGENCE).payAfter(Channel.EMAIL)).isGreaterThan(0.4);
    assertThat(m.family(ReasonFamily.BAD_FAITH).payAfter(Channel.EMAIL)).isLessThan(0.05);
    assertThat(m.family(ReasonFamily.CASH).payAfter(Channel.SMS)).isLessThan(0.1);
    // unknown segments behave as the default one
    assertThat(m.segment("host-specific")).isEqualTo(m.otherSegments());
  }

  @Test
  void families_are_drawn_in_proportion() {
    // weights negligence 1, cash 1, dispute 0, bad faith 2, laid out in the order of ReasonFamily
    SegmentBehaviour s = SegmentBehaviour.of(0.5, 0.2, 30, 1, 1, 0, 2);
    assertThat(s.family(0.0)).isEqualTo(ReasonFamily.CASH);
    assertThat(s.family(0.24)).isEqualTo(ReasonFamily.CASH);
    assertThat(s.family(0.26)).isEqualTo(ReasonFamily.NEGLIGENCE);
    assertThat(s.family(0.51)).isEqualTo(ReasonFamily.BAD_FAITH);
    assertThat(s.family(0.999)).isEqualTo(ReasonFamily.BAD_FAITH);
  }

  @Test
  void calibration_replaces_one_value_and_validation_names_it() {
    BehaviourModel m = BehaviourModel.defaults().withGetsThrough(Channel.LETTER, 0.3)
        .withFamily(ReasonFamily.CASH, FamilyBehaviour.defaults(ReasonFamily.CASH).withPayAfter(Channel.PHONE, 0.6));
    assertThat(m.getsThrough(Channel.LETTER)).isEqualTo(0.3);
    assertThat(m.family(ReasonFamily.CASH).payAfter(Channel.PHONE)).isEqualTo(0.6);
    assertThatThrownBy(() -> BehaviourModel.defaults().withGetsThrough(Channel.SMS, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("getsThrough.sms").hasMessageContaining("1.5");
    assertThatThrownBy(() -> SegmentBehaviour.of(0.8, 0.3, 30, 1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("onTime + lateUnprompted");
    Map<ReasonFamily, FamilyBehaviour> missing = new EnumMap<>(ReasonFamily.class);
    missing.put(ReasonFamily.CASH, FamilyBehaviour.defaults(ReasonFamily.CASH));
    BehaviourModel d = BehaviourModel.defaults();
    assertThatThrownBy(() -> new BehaviourModel(d.segments(), d.otherSegments(), missing, d.getsThrough(), 20, 0.8, 5,
        30)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing dispute");
  }
}
