package dev.recovery.scenarios.scenario;

import dev.recovery.core.casefile.Channel;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One step of an escalation scenario: a contact through a channel with a template or a call script,
 * or the hand-over of the file, at an offset from the due date.
 *
 * <p>Immutable and thread-safe. A phone step names a call script; every other contact step names a
 * template; a hand-over step names its target and neither channel nor template.
 *
 * @param id the step id, unique within its scenario ({@code reminder-1})
 * @param when the offset from the due date
 * @param action contact or hand-over
 * @param channel the channel of a contact step
 * @param template the message template of a written or voicemail step
 * @param script the call script of a phone step
 * @param skipIf debtor flags under which the step is skipped
 * @param handOverTo the target of a hand-over step
 * @param recipient who at the debtor the step addresses ({@code accounts-payable}), if not the main contact
 * @param requiresApproval whether a person must approve the action before it is carried out
 */
public record Step(
    String id,
    DueOffset when,
    Action action,
    Optional<Channel> channel,
    Optional<String> template,
    Optional<String> script,
    Set<SkipCondition> skipIf,
    Optional<HandOverTarget> handOverTo,
    Optional<String> recipient,
    boolean requiresApproval) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** What a step does. */
  public enum Action {
    /** Contact the debtor through a channel. */
    CONTACT,
    /** Hand the file over (agency, court, internal review): the scenario ends there. */
    HAND_OVER;

    /** The code used in files: {@code contact}, {@code hand-over}. */
    public String code() {
      return this == CONTACT ? "contact" : "hand-over";
    }

    /** Parses {@code contact} or {@code hand-over} ('-' or '_'). */
    public static Action parse(String text) {
      String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      if (t.equals("contact")) {
        return CONTACT;
      }
      if (t.equals("hand-over")) {
        return HAND_OVER;
      }
      throw new IllegalArgumentException("action '" + text + "' is not one of contact, hand-over");
    }
  }

  /** Validates the combination of fields. */
  public Step {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(handOverTo, "handOverTo");
    Objects.requireNonNull(recipient, "recipient");
    skipIf = skipIf == null || skipIf.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(skipIf));
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("step id '" + id
          + "' must be 1 to 64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
    }
    if (action == Action.CONTACT) {
      if (channel.isEmpty()) {
        throw new IllegalArgumentException("step '" + id + "' is a contact step without a channel");
      }
      if (handOverTo.isPresent()) {
        throw new IllegalArgumentException("step '" + id + "' is a contact step and cannot name a hand-over target");
      }
      if (channel.get() == Channel.PHONE) {
        if (script.isEmpty()) {
          throw new IllegalArgumentException("step '" + id + "' is a phone step without a call script");
        }
        if (template.isPresent()) {
          throw new IllegalArgumentException("step '" + id + "' is a phone step: it takes a script, not a template");
        }
      } else {
        if (template.isEmpty()) {
          throw new IllegalArgumentException("step '" + id + "' sends " + channel.get().code()
              + " without a template");
        }
        if (script.isPresent()) {
          throw new IllegalArgumentException("step '" + id + "' sends " + channel.get().code()
              + ": it takes a template, not a script");
        }
      }
    } else {
      if (handOverTo.isEmpty()) {
        throw new IllegalArgumentException("step '" + id + "' is a hand-over without a target ('to')");
      }
      if (channel.isPresent() || template.isPresent() || script.isPresent()) {
        throw new IllegalArgumentException("step '" + id
            + "' is a hand-over: it takes no channel, template or script");
      }
    }
  }

  /** A contact step by e-mail, SMS, letter, registered letter or voicemail, with a template. */
  public static Step message(String id, DueOffset when, Channel channel, String template) {
    return builder(id).when(when).channel(channel).template(template).build();
  }

  /** A phone step with a call script. */
  public static Step call(String id, DueOffset when, String script) {
    return builder(id).when(when).channel(Channel.PHONE).script(script).build();
  }

  /** A hand-over step. */
  public static Step handOver(String id, DueOffset when, HandOverTarget to) {
    return builder(id).when(when).handOver(to).build();
  }

  /** A builder for a step with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Whether this step hands the file over. */
  public boolean isHandOver() {
    return action == Action.HAND_OVER;
  }

  /** The template or script this step renders, if any. */
  public Optional<String> content() {
    return template.isPresent() ? template : script;
  }

  /** A copy with other skip conditions. */
  public Step withSkipIf(Set<SkipCondition> conditions) {
    return new Step(id, when, action, channel, template, script, conditions, handOverTo, recipient, requiresApproval);
  }

  /** Builds {@link Step} values; not thread-safe. */
  public static final class Builder {
    private final String id;
    private DueOffset when = DueOffset.due();
    private Action action = Action.CONTACT;
    private Channel channel;
    private String template;
    private String script;
    private final Set<SkipCondition> skipIf = EnumSet.noneOf(SkipCondition.class);
    private HandOverTarget handOverTo;
    private String recipient;
    private boolean requiresApproval;

    private Builder(String id) {
      this.id = id;
    }

    /** Sets the offset from the due date. */
    public Builder when(DueOffset value) {
      this.when = value;
      return this;
    }

    /** Sets the channel (a contact step). */
    public Builder channel(Channel value) {
      this.channel = value;
      this.action = Action.CONTACT;
      return this;
    }

    /** Sets the template. */
    public Builder template(String value) {
      this.template = value;
      return this;
    }

    /** Sets the call script. */
    public Builder script(String value) {
      this.script = value;
      return this;
    }

    /** Adds skip conditions. */
    public Builder skipIf(SkipCondition... values) {
      skipIf.addAll(java.util.List.of(values));
      return this;
    }

    /** Makes this a hand-over step to {@code target}. */
    public Builder handOver(HandOverTarget target) {
      this.action = Action.HAND_OVER;
      this.handOverTo = target;
      return this;
    }

    /** Sets the recipient role at the debtor. */
    public Builder recipient(String value) {
      this.recipient = value;
      return this;
    }

    /** Requires a person's approval before the action is carried out. */
    public Builder requiresApproval(boolean value) {
      this.requiresApproval = value;
      return this;
    }

    /** Builds and validates the step. */
    public Step build() {
      return new Step(id, when, action, Optional.ofNullable(channel), Optional.ofNullable(template),
          Optional.ofNullable(script), skipIf, Optional.ofNullable(handOverTo), Optional.ofNullable(recipient),
          requiresApproval);
    }
  }
}
