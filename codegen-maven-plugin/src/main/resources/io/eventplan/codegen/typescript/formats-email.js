// ---- email: commons-validator's EmailValidator as networknt uses it (local names and IPv6 literals allowed)

/** Java's `.`: anything but a line terminator; `\s` and `\S`: ASCII white space only. */
const EMAIL = /^([^\n\r\u0085\u2028\u2029]+)@([^ \t\n\x0B\f\r]+)$/;
const EMAIL_WORD = "(((\\\\[^\\n\\r\\u0085\\u2028\\u2029])|[^ \\t\\n\\x0B\\f\\r\\x00-\\x1F\\x7F()<>@,;:'\\\\\".\\[\\]]|')+|(\"(\\\\\"|[^\"])*\"))";
const EMAIL_USER = new RegExp("^" + EMAIL_WORD + "(\\." + EMAIL_WORD + ")*$");
const EMAIL_IP_DOMAIN = /^\[([^\n\r\u0085\u2028\u2029]*)\]$/;
const DOMAIN_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const DOMAIN_NAME = new RegExp("^(?:" + DOMAIN_LABEL + "\\.)+([A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)\\.?$");
const HOST_NAME = new RegExp("^" + DOMAIN_LABEL + "$");
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isEmail(text) {
  // Java's Character.isWhitespace or isSpaceChar beyond ASCII
  if (/[\p{Zs}\p{Zl}\p{Zp}]/u.test(text.replace(/[\x00-\x7f]/g, ""))) return false;
  const parts = text.endsWith(".") ? null : EMAIL.exec(text);
  if (!parts || parts[1].length > 64 || !EMAIL_USER.test(parts[1])) return false;
  let domain = parts[2];
  if (domain.startsWith("[IPv6:")) domain = domain.split("IPv6:").join("");
  const ip = EMAIL_IP_DOMAIN.exec(domain);
  if (ip) return isInet4Address(ip[1]) || isInet6Address(ip[1]);
  return isDomain(domain) || (!domain.startsWith(".") && isTopLevelDomain(domain));
}

function isDomain(domain) {
  const ascii = toAscii(domain);
  if (ascii.length > 253) return false;
  const name = DOMAIN_NAME.exec(ascii);
  return name ? isTopLevelDomain(name[1]) : HOST_NAME.test(ascii);
}

function isTopLevelDomain(name) {
  const key = toAscii(name).toLowerCase();
  return TOP_LEVEL_DOMAINS.has(key.startsWith(".") ? key.slice(1) : key);
}

/**
 * A domain name in ASCII as java.net.IDN.toASCII writes it: labels with other characters are normalized
 * (NFKC and lower case, an approximation of IDNA 2003's nameprep) and Punycode-encoded with "xn--". The
 * text itself when a label cannot be converted, as when IDN throws.
 */
function toAscii(domain) {
  if (!/[^\x00-\x7f]/.test(domain)) return domain;
  const labels = domain.split(/[.\u3002\uff0e\uff61]/);
  const ascii = [];
  for (let i = 0; i < labels.length; i++) {
    let label = labels[i];
    if (/[^\x00-\x7f]/.test(label)) {
      // what nameprep prohibits or does not know, IDN refuses
      if (/[\p{Cc}\p{Co}\p{Cs}\p{Cn}\ufff9-\ufffd]/u.test(label)) return domain;
      label = label.normalize("NFKC").toLowerCase();
      if (/[^\x00-\x7f]/.test(label)) label = "xn--" + punycode(label);
    }
    if (label.length > 63 || (label.length === 0 && i < labels.length - 1)) return domain;
    ascii.push(label);
  }
  return ascii.join(".");
}

/** RFC 3492 Punycode of a label's code points. */
function punycode(label) {
  const input = Array.from(label, (c) => c.codePointAt(0));
  let output = input.filter((c) => c < 128).map((c) => String.fromCharCode(c)).join("");
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output += "-";
  let n = 128;
  let delta = 0;
  let bias = 72;
  const digit = (d) => String.fromCharCode(d + 22 + 75 * (d < 26));
  while (handled < input.length) {
    const m = Math.min(...input.filter((c) => c >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of input) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = 36; ; k += 36) {
        const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
        if (q < t) break;
        output += digit(t + ((q - t) % (36 - t)));
        q = Math.floor((q - t) / (36 - t));
      }
      output += digit(q);
      delta = handled === basic ? Math.floor(delta / 700) : delta >> 1;
      delta += Math.floor(delta / (handled + 1));
      let k = 0;
      while (delta > 455) {
        delta = Math.floor(delta / 35);
        k += 36;
      }
      bias = k + Math.floor((36 * delta) / (delta + 38));
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

function isInet4Address(text) {
  const groups = IPV4.exec(text);
  return !!groups && groups.slice(1).every((segment) => Number(segment) <= 255 && !(segment.length > 1 && segment[0] === "0"));
}

/** Java's String.split(separator) with limit 0: trailing empty strings are dropped. */
function split(text, separator) {
  if (!text.includes(separator)) return [text];
  const parts = text.split(separator);
  while (parts.length && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

function isInet6Address(text) {
  let parts = text.split("/");
  if (parts.length > 2 || (parts.length === 2 && !(/^\d{1,3}$/.test(parts[1]) && Number(parts[1]) <= 128))) return false;
  parts = parts[0].split("%");
  if (parts.length > 2 || (parts.length === 2 && !/^[^ \t\n\x0B\f\r/%]+$/.test(parts[1]))) return false;
  const address = parts[0];
  const compressed = address.includes("::");
  if (compressed && address.indexOf("::") !== address.lastIndexOf("::")) return false;
  if ((address.startsWith(":") && !address.startsWith("::")) || (address.endsWith(":") && !address.endsWith("::"))) {
    return false;
  }
  let octets = split(address, ":");
  if (compressed) {
    if (address.endsWith("::")) octets.push("");
    else if (address.startsWith("::") && octets.length) octets = octets.slice(1);
  }
  if (octets.length > 8) return false;
  let valid = 0;
  let empty = 0;
  for (let i = 0; i < octets.length; i++) {
    const octet = octets[i];
    if (!octet) {
      if (++empty > 1) return false;
    } else {
      empty = 0;
      if (i === octets.length - 1 && octet.includes(".")) {
        if (!isInet4Address(octet)) return false;
        valid += 2;
        continue;
      }
      if (octet.length > 4 || !isJavaHex16(octet)) return false;
    }
    valid++;
  }
  return valid <= 8 && (valid >= 8 || compressed);
}

/**
 * Whether Java's Integer.parseInt(octet, 16) reads `octet` (at most 4 characters) as a number in [0, 0xffff]: an
 * optional sign, then hexadecimal digits as Character.digit reads them (any Unicode decimal digit, and the
 * full-width Latin letters too); with "-" only zero is not negative.
 */
function isJavaHex16(octet) {
  const sign = octet[0] === "+" || octet[0] === "-" ? octet[0] : "";
  const body = octet.slice(sign.length);
  if (!body) return false;
  let zero = true;
  for (const c of body) {
    const value = javaHexDigit(c);
    if (value < 0) return false;
    if (value > 0) zero = false;
  }
  return sign !== "-" || zero;
}

function javaHexDigit(c) {
  const code = c.charCodeAt(0);
  if (c.length > 1) return -1;
  const letter = /[A-Fa-f]/.test(c) ? c : /[\uff21-\uff26\uff41-\uff46]/.test(c) ? String.fromCharCode((code & 0xff) + 0x20) : "";
  if (letter) return parseInt(letter, 16);
  if (!/\p{Nd}/u.test(c)) return -1;
  let start = code; // decimal digits come in runs of ten, zero to nine
  while (start > 0 && /\p{Nd}/u.test(String.fromCharCode(start - 1))) start--;
  return (code - start) % 10;
}
