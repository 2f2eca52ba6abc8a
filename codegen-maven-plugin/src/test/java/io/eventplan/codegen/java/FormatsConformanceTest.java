package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.format.DateFormat;
import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.EmailFormat;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.UriFormat;
import io.eventplan.codegen.GeneratedFile;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated {@code Formats} must give networknt 3.0.9's verdict (format assertions on) for every string:
 * hand-picked edge cases plus seeded random edits of them, about 140,000 strings.
 */
class FormatsConformanceTest {
  private static final long SEED = 42;
  private static Class<?> formats;

  @BeforeAll
  static void compile() throws ClassNotFoundException {
    List<GeneratedFile> files =
        new JavaEmitter().emit(GeneratedCode.load(EveryTypePlan.YAML), GeneratedCode.CONTEXT).stream()
            .filter(file -> file.path().endsWith("/Formats.java"))
            .toList();
    formats = InMemoryCompiler.compile(files).loadClass(GeneratedCode.PACKAGE + ".Formats");
  }

  @Test
  void dateTime() {
    List<String> seeds =
        new ArrayList<>(
            List.of(
                "2024-01-31T12:00:00Z", "2024-01-31t12:00:00z", "2024-02-29T23:59:59.123456789+01:00",
                "2023-02-29T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59-23:59",
                "2024-01-31T12:00:00.1234567891234Z", "2024-01-31T24:00:00Z", "2024-01-31T12:00:00+24:00",
                "2024-01-31T12:00:00+01:60", "2024-01-31T12:00:00.Z", "2024-01-31T12:00:00", "2024-01-31 12:00:00Z",
                "2024-01-31T12:00Z", "2024-01-31T12:00:00+0100", "2024-01-31T12:00:00-00:00", "+2024-01-31T12:00:00Z",
                "2024-1-31T12:00:00Z", "2024-01-31T12:00:00ZZ", "2024-01-31T12:00:00.5", "2024-01-31T12:00:00,5Z",
                "2016-12-31T23:59:60.5Z", "2017-01-01T00:59:60+01:00", "2016-12-30T23:59:60Z", "2016-12-31T23:58:60Z"));
    // leap seconds: only June 30 and December 31 (UTC) of the years ethlo knows count
    for (int year = 1955; year <= 2035; year++) {
      for (String monthDay : List.of("-06-30", "-12-31", "-03-31")) {
        LocalDate date = LocalDate.parse(year + monthDay);
        seeds.add(date + "T23:59:60Z");
        seeds.add(date + "T22:59:60.25-01:00");
        seeds.add(date.plusDays(1) + "T00:29:60+00:30");
      }
    }
    assertSameVerdicts(seeds, "0123456789-:+.TtZz \u0663\n", 30_000, new DateTimeFormat(), "parseDateTime");
  }

  @Test
  void date() {
    List<String> seeds =
        List.of(
            "2024-02-29", "2023-02-29", "2024-04-31", "0000-01-01", "9999-12-31", "+2024-01-01", "-0001-01-01",
            "12024-01-01", "+12024-01-01", "2024-1-01", "2024-01-01 ", "2024-13-01", "2024-00-10", "2024-01-00",
            "\uff12\uff10\uff12\uff14-01-01", "+0000002024-01-01", "+00000002024-01-01", "+10000-01-01",
            "+09999-12-31", "+00000-02-29", "+0002024-02-29", "+002023-02-29");
    assertSameVerdicts(seeds, "0123456789-+ \u0663", 20_000, new DateFormat(), "parseDate");
  }

  @Test
  void uuid() {
    Format uuid =
        com.networknt.schema.format.Formats.DEFAULT.stream().filter(f -> f.getName().equals("uuid")).findFirst().orElseThrow();
    List<String> seeds =
        List.of(
            "123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000",
            "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400",
            "123e4567-e89b-12d3-a456-426614174000\n", "{123e4567-e89b-12d3-a456-426614174000}");
    assertSameVerdicts(seeds, "0123456789abcdefABCDEFgG-{} \n\u0663\uff41", 20_000, uuid, "parseUuid");
  }

  @Test
  void uriExceptTheBarePrefixesJavaNetUriCannotHold() {
    List<String> seeds =
        List.of(
            "https://example.com/pricing", "http://a.b/c?d=e#f", "mailto:ada@example.com", "urn:isbn:0451450523",
            "http:", "http://", "//", "//example.com", "/relative/path", "relative", "", "https://example.com/?q=[1]",
            "https://[::1]:8080/x", "https://example.com/\u00e4", "https://exa mple.com", "http://example.com/%zz",
            "http://example.com/%20", "a:b", "1a:b", "+:", ":", "https://example.com/\u007f", "file:///etc/passwd",
            "HTTP://EXAMPLE.COM", "http://user@host:99999/", "news:comp.lang.java", "tel:+1-816-555-1212",
            "https://example.com#frag#frag", "jar:file:/x!/y");
    Predicate<String> bothReject = text -> !invoke("isUnparseableAcceptedUri", text).equals(true);
    List<String> strings = corpus(seeds, "abc:/?#[]@!$&'()*+,;=%-._~ \"<>\\^`{|}\u00e9\u007f09", 30_000);
    UriFormat uri = new UriFormat();
    for (String text : strings) {
      boolean networknt = uri.matches(null, text);
      boolean ours = invoke("parseUri", text) != null;
      if (networknt != ours) {
        // the one documented difference: "scheme:", "scheme://" and "//" alone
        assertThat(bothReject.test(text)).as("unexplained difference for %s", text).isFalse();
        assertThat(networknt).isTrue();
      }
    }
    assertThat(invoke("isUnparseableAcceptedUri", "https://")).isEqualTo(true);
  }

  @Test
  void email() {
    List<String> seeds =
        List.of(
            "ada@example.com", "ada.lovelace@example.co.uk", "ada@localhost", "ada@example", "ada@example.invalidtld",
            "ada@[127.0.0.1]", "ada@[IPv6:::1]", "ada@[IPv6:2001:db8::1]", "ada@[::1]", "ada@[300.1.1.1]",
            "\"ada lovelace\"@example.com", "ada..l@example.com", ".ada@example.com", "ada.@example.com",
            "ada@example.com.", "ada@.example.com", "ada@-example.com", "ada@ex\u00e4mple.com", "\u00e4d\u00e4@example.com",
            "ada@example.\u4e2d\u56fd", "ada@xn--fiqs8s", "ada@example.COM", "ada@@example.com", "@example.com", "ada@",
            "a\u00a0da@example.com", "ada @example.com", "a\\@da@example.com", "ada@[IPv6:1:2:3:4:5:6:7:8]",
            "ada@[IPv6:1:2:3:4:5:6:1.2.3.4]", "ada@[1:2:3:4:5:6:7:8/64]", "ada@[fe80::1%eth0]", "ada@[::ffff:+fff]",
            "a".repeat(65) + "@example.com", "ada@com", "ada@.com", "ada@example.com\n", "ada@ex_ample.com",
            "o'brien@example.com", "ada+tag@example.com", "ada@123.com", "ada@example.123");
    assertSameVerdicts(seeds, "a.@[]:\"\\ -_+'()<>,;\u00e9\u4e2d\u00a0\u2028\n1IPv6%/", 40_000, new EmailFormat(), "isEmail");
  }

  @Test
  void networkntWithFormatAssertionsJudgesLikeItsFormatClasses() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    JsonMapper json = JsonMapper.builder().build();
    List<List<String>> cases =
        List.of(
            List.of("date-time", "parseDateTime", "2016-12-31T23:59:60Z", "2015-12-31T23:59:60Z", "2024-01-31T12:00:00"),
            List.of("date", "parseDate", "+02024-01-31", "2023-02-29"),
            List.of("uuid", "parseUuid", "123E4567-E89B-12D3-A456-426614174000", "123e4567"),
            List.of("uri", "parseUri", "https://example.com", "relative"),
            List.of("email", "isEmail", "ada@localhost", "ada@example.invalidtld"));
    for (List<String> row : cases) {
      Schema schema = registry.getSchema("{\"type\":\"string\",\"format\":\"" + row.get(0) + "\"}");
      for (String text : row.subList(2, row.size())) {
        boolean networknt = schema.validate(json.writeValueAsString(text), InputFormat.JSON).isEmpty();
        Object ours = invoke(row.get(1), text);
        assertThat(ours != null && !ours.equals(false)).as("%s %s", row.get(0), text).isEqualTo(networknt);
      }
    }
  }

  private static void assertSameVerdicts(List<String> seeds, String alphabet, int edits, Format format, String method) {
    List<String> mismatches = new ArrayList<>();
    for (String text : corpus(seeds, alphabet, edits)) {
      Object ours = invoke(method, text);
      boolean accepted = ours != null && !ours.equals(false);
      if (accepted != format.matches(null, text)) {
        mismatches.add(text);
      }
    }
    assertThat(mismatches).as("strings judged differently from networknt (seed %s)", SEED).isEmpty();
  }

  /** The seeds plus {@code count} variants with 1 to 3 random edits (replace, insert, delete). */
  private static List<String> corpus(List<String> seeds, String alphabet, int count) {
    Random random = new Random(SEED);
    int[] chars = alphabet.codePoints().toArray();
    List<String> out = new ArrayList<>(seeds);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      for (int edit = 1 + random.nextInt(3); edit > 0; edit--) {
        int at = text.length() == 0 ? 0 : random.nextInt(text.length());
        String c = new String(Character.toChars(chars[random.nextInt(chars.length)]));
        int op = random.nextInt(3);
        if (op == 0 && text.length() > 0) {
          text.replace(at, at + 1, c);
        } else if (op == 1) {
          text.insert(at, c);
        } else if (text.length() > 0) {
          text.deleteCharAt(at);
        }
      }
      out.add(text.toString());
    }
    return out;
  }

  private static Object invoke(String method, String text) {
    try {
      Method m = formats.getDeclaredMethod(method, String.class);
      m.setAccessible(true);
      return m.invoke(null, text);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
