package dev.recovery.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RiskFactorTest {

  @Test
  void a_lazy_explanation_is_rendered_only_when_read_and_equals_the_eager_one() {
    AtomicInteger renders = new AtomicInteger();
    RiskFactor lazy = RiskFactor.of("oldest-days-past-due", BigDecimal.valueOf(46), new BigDecimal("9.6"), () -> {
      renders.incrementAndGet();
      return "oldest unpaid installment 46 days past due";
    });
    assertThat(renders).hasValue(0);
    RiskFactor eager = RiskFactor.of("oldest-days-past-due", BigDecimal.valueOf(46), new BigDecimal("9.6"),
        "oldest unpaid installment 46 days past due");
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(lazy.describe()).isEqualTo("oldest unpaid installment 46 days past due (+9.6)");
    assertThat(renders.get()).isPositive();
  }

  @Test
  void fields_are_checked() {
    assertThatThrownBy(() -> RiskFactor.of(" ", BigDecimal.ONE, BigDecimal.ONE, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> RiskFactor.of("x", BigDecimal.ONE, BigDecimal.ONE, (String) null))
        .isInstanceOf(NullPointerException.class);
    RiskFactor broken = RiskFactor.of("x", BigDecimal.ONE, BigDecimal.ONE, () -> null);
    assertThatThrownBy(broken::explanation).isInstanceOf(NullPointerException.class).hasMessageContaining("factor x");
  }
}
