// ---- uri: an absolute URI that java.net.URI parses (RFC 2396 with its documented deviations)

const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const DIGIT = "0123456789";
const ALPHANUM = ALPHA + DIGIT;
const UNRESERVED = ALPHANUM + "-_.!~*'()";
/** java.net.URI's character classes: the characters, and whether escape pairs (%hh) are taken too. */
const URIC = [UNRESERVED + ";/?:@&=+$,[]", true];
const PATH = [UNRESERVED + ":@&=+$,;/", true];
const USERINFO = [UNRESERVED + ";:&=+$,", true];
const REG_NAME = [UNRESERVED + "$,;:@&=+", true];
const SERVER = [USERINFO[0] + ".:@[]", true];
/** A server-based authority with "]" anywhere but first: "%" is a plain character there. */
const SERVER_PERCENT = [SERVER[0] + "%", true];
const SCHEME = [ALPHANUM + "+-.", false];
const HEX = DIGIT + "ABCDEFabcdef";
const plain = (chars) => [chars, false];

/**
 * Whether `text` is in printable ASCII, parses as java.net.URI does it, is absolute and has no brackets in its
 * query. The bare prefixes `scheme:`, `scheme://` and `//` do not parse (the JSON Schemas exclude them with a `not`).
 */
function isUri(text) {
  if (/[^\x00-\x7e]/.test(text)) return false;
  try {
    const uri = parseUri(text);
    return uri.scheme !== null && !/[[\]]/.test(uri.query || "");
  } catch (e) {
    if (e instanceof SyntaxError) return false;
    throw e;
  }
}

/** java.net.URI's parser for ASCII input: the scheme and query of `input`, or a SyntaxError. */
function parseUri(input) {
  const n = input.length;
  const fail = (why) => {
    throw new SyntaxError(why);
  };
  const at = (p, end, s) => p < end && input.startsWith(s, p) && p + s.length <= end;
  /** The end of the run of characters of class [chars, escapes] from `p`; throws on a malformed escape pair. */
  const scan = (p, end, [chars, escapes]) => {
    while (p < end) {
      const c = input[p];
      if (chars.includes(c)) p++;
      else if (c === "%" && escapes) {
        if (!(p + 3 <= end && HEX.includes(input[p + 1]) && HEX.includes(input[p + 2]))) fail("Malformed escape pair");
        p += 3;
      } else break;
    }
    return p;
  };
  const until = (p, end, stop) => {
    while (p < end && !stop.includes(input[p])) p++;
    return p;
  };
  const check = (p, end, chars) => {
    if (scan(p, end, chars) < end) fail("Illegal character");
  };
  const uri = { scheme: null, query: null };

  let p = until(0, n, "/?#:");
  if (p < n && input[p] === ":") {
    if (p === 0) fail("Expected scheme name");
    check(0, 1, plain(ALPHA));
    check(1, p, SCHEME);
    uri.scheme = input.slice(0, p);
    p++;
    if (at(p, n, "/")) p = hierarchical(p);
    else {
      const q = until(p, n, "#");
      if (q <= p) fail("Expected scheme-specific part");
      check(p, q, URIC);
      p = q;
    }
  } else p = hierarchical(0);
  if (at(p, n, "#")) {
    check(p + 1, n, URIC);
    p = n;
  }
  if (p < n) fail("end of URI");
  return uri;

  function hierarchical(p) {
    if (at(p, n, "//")) {
      p += 2;
      const q = until(p, n, "/?#");
      if (q > p) p = authority(p, q);
      else if (q >= n) fail("Expected authority");
    }
    let q = until(p, n, "?#");
    check(p, q, PATH);
    p = q;
    if (at(p, n, "?")) {
      p++;
      q = until(p, n, "#");
      check(p, q, URIC);
      uri.query = input.slice(p, q);
      p = q;
    }
    return p;
  }

  /** A server-based authority, or else a registry-based one. */
  function authority(p, end) {
    // java.net.URI takes "%" as plain unless the authority starts with "]" (meant: unless it has an IPv6 literal)
    const serverChars = scan(p, end, until(p, end, "]") > p ? SERVER_PERCENT : SERVER) === end;
    const regChars = scan(p, end, REG_NAME) === end;
    if (regChars && !serverChars) return end;
    let error = null;
    let q = p;
    if (serverChars) {
      try {
        q = server(p, end, regChars);
        if (q < end) {
          if (regChars) q = p;
          else fail("Expected end of authority");
        }
      } catch (e) {
        if (!(e instanceof SyntaxError)) throw e;
        error = e;
        q = p;
      }
    }
    if (q < end && !regChars) {
      if (error) throw error;
      fail("Illegal character in authority");
    }
    return end;
  }

  function server(p, end, lenient) {
    let q = until(p, end, "/?#@");
    if (q < end && input[q] === "@") {
      check(p, q, USERINFO);
      p = q + 1;
    }
    if (at(p, end, "[")) {
      p++;
      q = until(p, end, "/?#]");
      if (!(q > p && at(q, end, "]"))) fail("Expected closing bracket for IPv6 address");
      const r = until(p, q, "%");
      ipv6(p, r);
      if (r < q) {
        if (r + 1 === q) fail("scope id expected");
        check(r + 1, q, plain(ALPHANUM + "_."));
      }
      p = q + 1;
    } else {
      q = ipv4Prefix(p, end);
      if (q <= p) q = hostname(p, end, lenient);
      p = q;
    }
    if (at(p, end, ":")) {
      p++;
      q = until(p, end, "/");
      if (q > p) {
        check(p, q, plain(DIGIT));
        if (Number(input.slice(p, q)) > 2147483647) fail("Malformed port number");
        p = q;
      }
    } else if (p < end && lenient) return p;
    if (p < end) fail("Expected port number");
    return p;
  }

  /** The end of a decimal byte (at most 255) at `p`, or `p`. */
  function byte(p, end) {
    const q = scan(p, end, plain(DIGIT));
    return q > p && Number(input.slice(p, q)) > 255 ? p : q;
  }

  /** An IPv4 address at `p`, as a whole (`strict`) or as a prefix: its end, or -1; throws when malformed. */
  function ipv4(p, end, strict) {
    const m = scan(p, end, plain(DIGIT + "."));
    if (m <= p || (strict && m !== end)) return -1;
    let q = p;
    for (let part = 0; part < 4; part++) {
      if (part > 0) {
        if (!at(q, m, ".")) fail("Malformed IPv4 address");
        q++;
      }
      const next = byte(q, m);
      if (next <= q) fail("Malformed IPv4 address");
      q = next;
    }
    if (q < m) fail("Malformed IPv4 address");
    return q;
  }

  function ipv4Prefix(p, end) {
    let q;
    try {
      q = ipv4(p, end, false);
    } catch (e) {
      return -1;
    }
    return q > p && q < end && input[q] !== ":" ? -1 : q;
  }

  function takeIpv4(p, end) {
    const q = ipv4(p, end, true);
    if (q <= p) fail("Expected IPv4 address");
    return q;
  }

  function hostname(p, end, lenient) {
    const start = p;
    let last = -1;
    do {
      let q = scan(p, end, plain(ALPHANUM));
      if (q <= p) break;
      last = p;
      p = q;
      q = scan(p, end, plain(ALPHANUM + "-"));
      if (q > p) {
        if (input[q - 1] === "-") fail("Illegal character in hostname");
        p = q;
      }
      q = at(p, end, ".") ? p + 1 : p;
      if (q <= p) break;
      p = q;
    } while (p < end);
    if (p < end && !at(p, end, ":")) {
      if (lenient) return p;
      fail("Illegal character in hostname");
    }
    if (last < 0) fail("Expected hostname");
    if (last > start && !ALPHA.includes(input[last])) fail("Illegal character in hostname");
    return p;
  }

  function ipv6(start, end) {
    const count = { bytes: 0 };
    let p = start;
    let compressed = false;
    const q = hexSequence(p, end, count);
    if (q > p) {
      p = q;
      if (at(p, end, "::")) {
        compressed = true;
        p = hexPost(p + 2, end, count);
      } else if (at(p, end, ":")) {
        p = takeIpv4(p + 1, end);
        count.bytes += 4;
      }
    } else if (at(p, end, "::")) {
      compressed = true;
      p = hexPost(p + 2, end, count);
    }
    if (p < end || count.bytes > 16 || (!compressed && count.bytes < 16) || (compressed && count.bytes === 16)) {
      fail("Malformed IPv6 address");
    }
  }

  function hexPost(p, end, count) {
    if (p === end) return p;
    const q = hexSequence(p, end, count);
    if (q > p) {
      p = q;
      if (at(p, end, ":")) {
        p = takeIpv4(p + 1, end);
        count.bytes += 4;
      }
    } else {
      p = takeIpv4(p, end);
      count.bytes += 4;
    }
    return p;
  }

  function hexSequence(p, end, count) {
    let q = scan(p, end, plain(HEX));
    if (q <= p || at(q, end, ".")) return -1;
    if (q > p + 4) fail("IPv6 hexadecimal digit sequence too long");
    count.bytes += 2;
    p = q;
    while (p < end && at(p, end, ":") && !at(p + 1, end, ":")) {
      p++;
      q = scan(p, end, plain(HEX));
      if (q <= p) fail("Expected digits for an IPv6 address");
      if (at(q, end, ".")) {
        p--;
        break;
      }
      if (q > p + 4) fail("IPv6 hexadecimal digit sequence too long");
      count.bytes += 2;
      p = q;
    }
    return p;
  }
}

