package dev.recovery.scenarios.template;

import java.util.Objects;
import java.util.Optional;

/**
 * Who sends the messages: the creditor's name and contact details, printed in templates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the creditor's business name
 * @param phone the callback number
 * @param email the reply e-mail
 * @param address the postal address (one line)
 * @param iban the account to pay into
 * @param contactName the collector's name (for voicemails and calls)
 */
public record CreditorProfile(String name, String phone, Optional<String> email, Optional<String> address,
    Optional<String> iban, Optional<String> contactName) {

  /** Validates the fields. */
  public CreditorProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(iban, "iban");
    Objects.requireNonNull(contactName, "contactName");
    if (name.isBlank()) {
      throw new IllegalArgumentException("creditor name must not be blank");
    }
    if (phone.isBlank()) {
      throw new IllegalArgumentException("creditor phone must not be blank");
    }
  }

  /** A creditor with a name and a callback number only. */
  public static CreditorProfile of(String name, String phone) {
    return new CreditorProfile(name, phone, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
