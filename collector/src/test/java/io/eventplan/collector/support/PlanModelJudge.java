package io.eventplan.collector.support;

import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.judge.Judgement;
import io.eventplan.collector.judge.Violation;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.model.UrlType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test stand-in for the generated validators: interprets the plan model at run time with the
 * same rule names. It is deliberately simple (formats are approximated); the collector's tests use
 * it until the generated EventRegistry is merged and wired through its adapter.
 */
public final class PlanModelJudge implements EventJudge {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final TrackingPlan plan;
  private final JsonMapper mapper = JsonMapper.builder().build();

  public PlanModelJudge(TrackingPlan plan) {
    this.plan = plan;
  }

  @Override
  public String planName() {
    return plan.info().name();
  }

  @Override
  public int planVersion() {
    return plan.info().version();
  }

  @Override
  public Judgement judgeEvent(String eventName, byte[] envelope) {
    return judge(plan.event(eventName).orElseThrow().properties(), envelope);
  }

  @Override
  public Judgement judgePersonTraits(byte[] traits) {
    return judge(plan.people().orElseThrow().traits(), traits);
  }

  @Override
  public Judgement judgeCompanyTraits(byte[] traits) {
    return judge(plan.companies().orElseThrow().traits(), traits);
  }

  private Judgement judge(List<PropertyDef> properties, byte[] json) {
    List<Violation> violations = new ArrayList<>();
    checkObject("", properties, mapper.readTree(json), violations);
    return violations.isEmpty() ? Judgement.accepted(null) : Judgement.rejected(violations);
  }

  private static void checkObject(String path, List<PropertyDef> properties, JsonNode node, List<Violation> out) {
    if (!node.isObject()) {
      out.add(new Violation(path, "type", "must be an object"));
      return;
    }
    for (String name : node.propertyNames()) {
      if (properties.stream().noneMatch(p -> p.name().equals(name))) {
        out.add(new Violation(path + "/" + name, "additionalProperties", "'" + name + "' is not in the plan"));
      }
    }
    for (PropertyDef property : properties) {
      JsonNode value = node.get(property.name());
      String at = path + "/" + property.name();
      if (value == null) {
        if (property.required()) {
          out.add(new Violation(at, "required", "'" + property.name() + "' is required"));
        }
      } else {
        checkValue(at, property.type(), value, out);
      }
    }
  }

  private static void checkValue(String path, PropertyType type, JsonNode value, List<Violation> out) {
    switch (type.kind()) {
      case STRING:
        StringType string = (StringType) type;
        if (text(path, value, out)) {
          checkText(path, value.stringValue(), string.values(), string.pattern(), string.minLength(),
              string.maxLength(), out);
        }
        break;
      case URL:
        UrlType url = (UrlType) type;
        if (text(path, value, out)) {
          checkFormat(path, isAbsoluteUri(value.stringValue()), "url", out);
          checkText(path, value.stringValue(), List.of(), url.pattern(), url.minLength(), url.maxLength(), out);
        }
        break;
      case EMAIL:
        EmailType email = (EmailType) type;
        if (text(path, value, out)) {
          checkFormat(path, value.stringValue().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", out);
          checkText(path, value.stringValue(), List.of(), email.pattern(), email.minLength(), email.maxLength(), out);
        }
        break;
      case UUID:
        if (text(path, value, out)) {
          checkFormat(path, UUID_TEXT.matcher(value.stringValue()).matches(), "uuid", out);
        }
        break;
      case TIMESTAMP:
        if (text(path, value, out)) {
          checkFormat(path, parses(() -> OffsetDateTime.parse(value.stringValue())), "timestamp", out);
        }
        break;
      case DATE:
        if (text(path, value, out)) {
          checkFormat(path, parses(() -> LocalDate.parse(value.stringValue())), "date", out);
        }
        break;
      case BOOLEAN:
        if (!value.isBoolean()) {
          out.add(new Violation(path, "type", "must be a boolean"));
        }
        break;
      case INTEGER:
        IntegerType integer = (IntegerType) type;
        if (!value.isNumber() || !isIntegral(value.decimalValue())) {
          out.add(new Violation(path, "type", "must be an integer"));
        } else {
          long number = value.decimalValue().longValue();
          if (!integer.values().isEmpty() && !integer.values().contains(number)) {
            out.add(new Violation(path, "enum", "must be one of " + integer.values()));
          }
          integer.min().filter(min -> number < min).ifPresent(min -> out.add(new Violation(path, "minimum", ">= " + min)));
          integer.max().filter(max -> number > max).ifPresent(max -> out.add(new Violation(path, "maximum", "<= " + max)));
        }
        break;
      case NUMBER:
        NumberType numberType = (NumberType) type;
        if (!value.isNumber() || Double.isInfinite(value.doubleValue())) {
          out.add(new Violation(path, "type", "must be a finite number"));
        } else {
          double number = value.doubleValue();
          numberType.min().filter(min -> number < min).ifPresent(min -> out.add(new Violation(path, "minimum", ">= " + min)));
          numberType.max().filter(max -> number > max).ifPresent(max -> out.add(new Violation(path, "maximum", "<= " + max)));
        }
        break;
      case ARRAY:
        ArrayType array = (ArrayType) type;
        if (!value.isArray()) {
          out.add(new Violation(path, "type", "must be an array"));
          break;
        }
        array.minItems().filter(min -> value.size() < min).ifPresent(min -> out.add(new Violation(path, "minItems", ">= " + min)));
        array.maxItems().filter(max -> value.size() > max).ifPresent(max -> out.add(new Violation(path, "maxItems", "<= " + max)));
        for (int i = 0; i < value.size(); i++) {
          checkValue(path + "/" + i, array.items(), value.get(i), out);
        }
        break;
      case OBJECT:
        checkObject(path, ((ObjectType) type).properties(), value, out);
        break;
      default:
        throw new IllegalStateException(type.kind().toString());
    }
  }

  private static boolean text(String path, JsonNode value, List<Violation> out) {
    if (!value.isString()) {
      out.add(new Violation(path, "type", "must be a string"));
      return false;
    }
    return true;
  }

  private static void checkText(String path, String text, List<String> values, Optional<String> pattern,
      Optional<Integer> minLength, Optional<Integer> maxLength, List<Violation> out) {
    if (!values.isEmpty() && !values.contains(text)) {
      out.add(new Violation(path, "enum", "must be one of " + values));
    }
    pattern.filter(p -> !Pattern.compile(p).matcher(text).find())
        .ifPresent(p -> out.add(new Violation(path, "pattern", "must match " + p)));
    int length = text.codePointCount(0, text.length());
    minLength.filter(min -> length < min).ifPresent(min -> out.add(new Violation(path, "minLength", ">= " + min)));
    maxLength.filter(max -> length > max).ifPresent(max -> out.add(new Violation(path, "maxLength", "<= " + max)));
  }

  private static void checkFormat(String path, boolean ok, String format, List<Violation> out) {
    if (!ok) {
      out.add(new Violation(path, "format", "must be a valid " + format));
    }
  }

  private static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isIntegral(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0
        && value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
        && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
