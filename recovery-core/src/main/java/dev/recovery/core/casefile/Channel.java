package dev.recovery.core.casefile;

import java.util.Locale;

/** A channel through which a debtor is contacted. Codes are the lower-case names used in files. */
public enum Channel {
  /** A phone call. */
  PHONE,
  /** A message left on an answering machine. */
  VOICEMAIL,
  /** An e-mail. */
  EMAIL,
  /** A text message. */
  SMS,
  /** A WhatsApp message. */
  WHATSAPP,
  /** An ordinary letter. */
  LETTER,
  /** A registered letter with acknowledgement of receipt (LRAR). */
  REGISTERED_LETTER;

  /** Parses the code ({@code phone}, {@code registered_letter}, ...), case-insensitive, '-' or '_'. */
  public static Channel parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Channel c : values()) {
      if (c.name().equals(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException("channel '" + text
        + "' is not one of phone, voicemail, email, sms, whatsapp, letter, registered_letter");
  }

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The code used in files and JSON. */
  public String code() {
    return code;
  }

  /** Whether the channel is a spoken one (phone or voicemail). */
  public boolean isVoice() {
    return this == PHONE || this == VOICEMAIL;
  }

  /** Whether the channel is a paper letter. */
  public boolean isPaper() {
    return this == LETTER || this == REGISTERED_LETTER;
  }
}
