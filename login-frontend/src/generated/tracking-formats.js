// Generated from tracking-plan.yaml by eventplan - do not edit.
// The format checks of the snippet's dev-mode check; the same for every plan.

/** The top-level domains an e-mail address may end with (those of networknt's e-mail check). */
const TOP_LEVEL_DOMAINS = new Set((
  "aaa aarp abarth abb abbott abbvie abc able abogado abudhabi ac academy accenture accountant accountants aco " +
  "actor ad ads adult ae aeg aero aetna af afl africa ag agakhan agency ai aig airbus airforce airtel akdn al " +
  "alfaromeo alibaba alipay allfinanz allstate ally alsace alstom am amazon americanexpress americanfamily amex " +
  "amfam amica amsterdam analytics android anquan anz ao aol apartments app apple aq aquarelle ar arab aramco " +
  "archi army arpa art arte as asda asia associates at athleta attorney au auction audi audible audio auspost " +
  "author auto autos avianca aw aws ax axa az azure ba baby baidu banamex bananarepublic band bank bar barcelona " +
  "barclaycard barclays barefoot bargains baseball basketball bauhaus bayern bb bbc bbt bbva bcg bcn bd be beats " +
  "beauty beer bentley berlin best bestbuy bet bf bg bh bharti bi bible bid bike bing bingo bio biz bj black " +
  "blackfriday blockbuster blog bloomberg blue bm bms bmw bn bnpparibas bo boats boehringer bofa bom bond boo " +
  "book booking bosch bostik boston bot boutique box br bradesco bridgestone broadway broker brother brussels bs " +
  "bt build builders business buy buzz bv bw by bz bzh ca cab cafe cal call calvinklein cam camera camp canon " +
  "capetown capital capitalone car caravan cards care career careers cars casa case cash casino cat catering " +
  "catholic cba cbn cbre cbs cc cd center ceo cern cf cfa cfd cg ch chanel channel charity chase chat cheap " +
  "chintai christmas chrome church ci cipriani circle cisco citadel citi citic city cityeats ck cl claims " +
  "cleaning click clinic clinique clothing cloud club clubmed cm cn co coach codes coffee college cologne com " +
  "comcast commbank community company compare computer comsec condos construction consulting contact contractors " +
  "cooking cookingchannel cool coop corsica country coupon coupons courses cpa cr credit creditcard creditunion " +
  "cricket crown crs cruise cruises cu cuisinella cv cw cx cy cymru cyou cz dabur dad dance data date dating " +
  "datsun day dclk dds de deal dealer deals degree delivery dell deloitte delta democrat dental dentist desi " +
  "design dev dhl diamonds diet digital direct directory discount discover dish diy dj dk dm dnp do docs doctor " +
  "dog domains dot download drive dtv dubai dunlop dupont durban dvag dvr dz earth eat ec eco edeka edu education " +
  "ee eg email emerck energy engineer engineering enterprises epson equipment er ericsson erni es esq estate et " +
  "etisalat eu eurovision eus events exchange expert exposed express extraspace fage fail fairwinds faith family " +
  "fan fans farm farmers fashion fast fedex feedback ferrari ferrero fi fiat fidelity fido film final finance " +
  "financial fire firestone firmdale fish fishing fit fitness fj fk flickr flights flir florist flowers fly fm fo " +
  "foo food foodnetwork football ford forex forsale forum foundation fox fr free fresenius frl frogans frontdoor " +
  "frontier ftr fujitsu fun fund furniture futbol fyi ga gal gallery gallo gallup game games gap garden gay gb " +
  "gbiz gd gdn ge gea gent genting george gf gg ggee gh gi gift gifts gives giving gl glass gle global globo gm " +
  "gmail gmbh gmo gmx gn godaddy gold goldpoint golf goo goodyear goog google gop got gov gp gq gr grainger " +
  "graphics gratis green gripe grocery group gs gt gu guardian gucci guge guide guitars guru gw gy hair hamburg " +
  "hangout haus hbo hdfc hdfcbank health healthcare help helsinki here hermes hgtv hiphop hisamitsu hitachi hiv " +
  "hk hkt hm hn hockey holdings holiday homedepot homegoods homes homesense honda horse hospital host hosting hot " +
  "hoteles hotels hotmail house how hr hsbc ht hu hughes hyatt hyundai ibm icbc ice icu id ie ieee ifm ikano il " +
  "im imamat imdb immo immobilien in inc industries infiniti info ing ink institute insurance insure int " +
  "international intuit investments io ipiranga iq ir irish is ismaili ist istanbul it itau itv jaguar java jcb " +
  "je jeep jetzt jewelry jio jll jm jmp jnj jo jobs joburg jot joy jp jpmorgan jprs juegos juniper kaufen kddi ke " +
  "kerryhotels kerrylogistics kerryproperties kfh kg kh ki kia kids kim kinder kindle kitchen kiwi km kn koeln " +
  "komatsu kosher kp kpmg kpn kr krd kred kuokgroup kw ky kyoto kz la lacaixa lamborghini lamer lancaster lancia " +
  "land landrover lanxess lasalle lat latino latrobe law lawyer lb lc lds lease leclerc lefrak legal lego lexus " +
  "lgbt li lidl life lifeinsurance lifestyle lighting like lilly limited limo lincoln linde link lipsy live " +
  "living lk llc llp loan loans localdomain localhost locker locus lol london lotte lotto love lpl lplfinancial " +
  "lr ls lt ltd ltda lu lundbeck luxe luxury lv ly ma macys madrid maif maison makeup man management mango map " +
  "market marketing markets marriott marshalls maserati mattel mba mc mckinsey md me med media meet melbourne " +
  "meme memorial men menu merckmsd mg mh miami microsoft mil mini mint mit mitsubishi mk ml mlb mls mm mma mn mo " +
  "mobi mobile moda moe moi mom monash money monster mormon mortgage moscow moto motorcycles mov movie mp mq mr " +
  "ms msd mt mtn mtr mu museum music mutual mv mw mx my mz na nab nagoya name natura navy nba nc ne nec net " +
  "netbank netflix network neustar new news next nextdirect nexus nf nfl ng ngo nhk ni nico nike nikon ninja " +
  "nissan nissay nl no nokia northwesternmutual norton now nowruz nowtv np nr nra nrw ntt nu nyc nz obi observer " +
  "office okinawa olayan olayangroup oldnavy ollo om omega one ong onl online ooo open oracle orange org organic " +
  "origins osaka otsuka ott ovh pa page panasonic paris pars partners parts party passagens pay pccw pe pet pf " +
  "pfizer pg ph pharmacy phd philips phone photo photography photos physio pics pictet pictures pid pin ping pink " +
  "pioneer pizza pk pl place play playstation plumbing plus pm pn pnc pohl poker politie porn post pr pramerica " +
  "praxi press prime pro prod productions prof progressive promo properties property protection pru prudential ps " +
  "pt pub pw pwc py qa qpon quebec quest racing radio re read realestate realtor realty recipes red redstone " +
  "redumbrella rehab reise reisen reit reliance ren rent rentals repair report republican rest restaurant review " +
  "reviews rexroth rich richardli ricoh ril rio rip ro rocher rocks rodeo rogers room rs rsvp ru rugby ruhr run " +
  "rw rwe ryukyu sa saarland safe safety sakura sale salon samsclub samsung sandvik sandvikcoromant sanofi sap " +
  "sarl sas save saxo sb sbi sbs sc sca scb schaeffler schmidt scholarships school schule schwarz science scot sd " +
  "se search seat secure security seek select sener services seven sew sex sexy sfr sg sh shangrila sharp shaw " +
  "shell shia shiksha shoes shop shopping shouji show showtime si silk sina singles site sj sk ski skin sky skype " +
  "sl sling sm smart smile sn sncf so soccer social softbank software sohu solar solutions song sony soy spa " +
  "space sport spot sr srl ss st stada staples star statebank statefarm stc stcgroup stockholm storage store " +
  "stream studio study style su sucks supplies supply support surf surgery suzuki sv swatch swiss sx sy sydney " +
  "systems sz tab taipei talk taobao target tatamotors tatar tattoo tax taxi tc tci td tdk team tech technology " +
  "tel temasek tennis teva tf tg th thd theater theatre tiaa tickets tienda tiffany tips tires tirol tj tjmaxx " +
  "tjx tk tkmaxx tl tm tmall tn to today tokyo tools top toray toshiba total tours town toyota toys tr trade " +
  "trading training travel travelchannel travelers travelersinsurance trust trv tt tube tui tunes tushu tv tvs tw " +
  "tz ua ubank ubs ug uk unicom university uno uol ups us uy uz va vacations vana vanguard vc ve vegas ventures " +
  "verisign versicherung vet vg vi viajes video vig viking villas vin vip virgin visa vision viva vivo vlaanderen " +
  "vn vodka volkswagen volvo vote voting voto voyage vu vuelos wales walmart walter wang wanggou watch watches " +
  "weather weatherchannel webcam weber website wed wedding weibo weir wf whoswho wien wiki williamhill win " +
  "windows wine winners wme wolterskluwer woodside work works world wow ws wtc wtf xbox xerox xfinity xihuan xin " +
  "xn--11b4c3d xn--1ck2e1b xn--1qqw23a xn--2scrj9c xn--30rr7y xn--3bst00m xn--3ds443g xn--3e0b707e xn--3hcrj9c " +
  "xn--3pxu8k xn--42c2d9a xn--45br5cyl xn--45brj9c xn--45q11c xn--4dbrk0ce xn--4gbrim xn--54b7fta0cc xn--55qw42g " +
  "xn--55qx5d xn--5su34j936bgsg xn--5tzm5g xn--6frz82g xn--6qq986b3xl xn--80adxhks xn--80ao21a xn--80aqecdr1a " +
  "xn--80asehdb xn--80aswg xn--8y0a063a xn--90a3ac xn--90ae xn--90ais xn--9dbq2a xn--9et52u xn--9krt00a " +
  "xn--9t4b11yi5a xn--b4w605ferd xn--bck1b9a5dre4c xn--c1avg xn--c2br7g xn--cck2b3b xn--cckwcxetd xn--cg4bki " +
  "xn--clchc0ea0b2g2a9gcd xn--czr694b xn--czrs0t xn--czru2d xn--d1acj3b xn--d1alf xn--e1a4c xn--eckvdtc9d " +
  "xn--efvy88h xn--fct429k xn--fhbei xn--fiq228c5hs xn--fiq64b xn--fiqs8s xn--fiqz9s xn--fjq720a xn--flw351e " +
  "xn--fpcrj9c3d xn--fzc2c9e2c xn--fzys8d69uvgm xn--g2xx48c xn--gckr3f0f xn--gecrj9c xn--gk3at1e xn--h2breg3eve " +
  "xn--h2brj9c xn--h2brj9c8c xn--hxt814e xn--i1b6b1a6a2e xn--imr513n xn--io0a7i xn--j1aef xn--j1amh xn--j6w193g " +
  "xn--jlq480n2rg xn--jvr189m xn--kcrx77d1x4a xn--kprw13d xn--kpry57d xn--kput3i xn--l1acc xn--lgbbat1ad8j " +
  "xn--mgb9awbf xn--mgba3a3ejt xn--mgba3a4f16a xn--mgba7c0bbn0a xn--mgbaakc7dvf xn--mgbaam7a8h xn--mgbab2bd " +
  "xn--mgbah1a3hjkrd xn--mgbai9azgqp6j xn--mgbayh7gpa xn--mgbbh1a xn--mgbbh1a71e xn--mgbc0a9azcg xn--mgbca7dzdo " +
  "xn--mgbcpq6gpa1a xn--mgberp4a5d4ar xn--mgbgu82a xn--mgbi4ecexp xn--mgbpl2fh xn--mgbt3dhd xn--mgbtx2b " +
  "xn--mgbx4cd0ab xn--mix891f xn--mk1bu44c xn--mxtq1m xn--ngbc5azd xn--ngbe9e0a xn--ngbrx xn--node xn--nqv7f " +
  "xn--nqv7fs00ema xn--nyqy26a xn--o3cw4h xn--ogbpf8fl xn--otu796d xn--p1acf xn--p1ai xn--pgbs0dh xn--pssy2u " +
  "xn--q7ce6a xn--q9jyb4c xn--qcka1pmc xn--qxa6a xn--qxam xn--rhqv96g xn--rovu88b xn--rvc1e0am3e xn--s9brj9c " +
  "xn--ses554g xn--t60b56a xn--tckwe xn--tiq49xqyj xn--unup4y xn--vermgensberater-ctb xn--vermgensberatung-pwb " +
  "xn--vhquv xn--vuq861b xn--w4r85el8fhu5dnra xn--w4rs40l xn--wgbh1c xn--wgbl6a xn--xhq521b xn--xkc2al3hye2a " +
  "xn--xkc2dl3a5ee0h xn--y9a3aq xn--yfro4i67o xn--ygbi2ammx xn--zfr164b xxx xyz yachts yahoo yamaxun yandex ye " +
  "yodobashi yoga yokohama you youtube yt yun za zappos zara zero zip zm zone zuerich zw "
).trim().split(" "));

// ---- The formats of the dev-mode check, the same for every plan (plain ES2019, no dependencies) ----
//
// Each check gives the verdict of the generated Java validators (Formats.java), which give networknt
// json-schema-validator 3.0.9's: date-time, date and uuid as java.time and networknt read them, uri as
// java.net.URI parses it, email as commons-validator's EmailValidator checks it. Development only: pass
// `formats` as `init({ dev: { onViolation, formats } })`; the production snippet does not import this module.

export const formats = {
  "date-time": (text) => dateTime(text) !== null,
  date: (text) => fullDate(text) !== null,
  uuid: (text) => /^[\dA-Fa-f]{8}(-[\dA-Fa-f]{4}){3}-[\dA-Fa-f]{12}$/.test(text),
  uri: (text) => isUri(text),
  email: (text) => isEmail(text),
};

// ---- date-time and date

/** Year and month of each leap second that networknt's date-time parser (ethlo ITU 1.17) knows. */
const LEAP_SECOND_MONTHS = [
  197112, 197206, 197212, 197312, 197412, 197512, 197612, 197712, 197812, 198912, 198106, 198206, 198306,
  198506, 198812, 199012, 199206, 199306, 199406, 199512, 199706, 199812, 200512, 200812, 201206, 201506,
  201612,
];

/** The value of `count` ASCII digits at `from`, or -1. */
function digits(text, from, count) {
  const part = text.slice(from, from + count);
  return part.length === count && /^\d+$/.test(part) ? Number(part) : -1;
}

/** A full-date `yyyy-mm-dd` at `at` as [year, month, day] of a day that exists, or null. */
function date(text, at) {
  const year = digits(text, at, 4);
  const month = digits(text, at + 5, 2);
  const day = digits(text, at + 8, 2);
  if (year < 0 || text[at + 4] !== "-" || month < 1 || month > 12 || text[at + 7] !== "-" || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= length ? [year, month, day] : null;
}

/** An RFC 3339 full-date; java.time, as networknt uses it, also reads "+" and up to 10 year digits when only 4 count. */
function fullDate(text) {
  const length = text.length;
  if (length === 10) return date(text, 0);
  if (length >= 12 && length <= 17 && text[0] === "+" && digits(text, 1, length - 11) === 0) return date(text, length - 10);
  return null;
}

/**
 * An RFC 3339 date-time with an offset (T and Z of either case, any number of fraction digits). A leap
 * second (:60) passes only at the end of June or December UTC of a year that had one. Null when malformed.
 */
function dateTime(text) {
  if (text.length < 20 || (text[10] !== "T" && text[10] !== "t")) return null;
  const day = date(text, 0);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (!day || hour < 0 || hour > 23 || text[13] !== ":" || minute < 0 || minute > 59 || text[16] !== ":"
    || second < 0 || second > 60) return null;
  let at = 19;
  if (text[at] === ".") {
    const start = ++at;
    while (at < text.length && text[at] >= "0" && text[at] <= "9") at++;
    if (at === start || at === text.length) return null;
  }
  const offset = offsetMinutes(text, at);
  if (offset === null) return null;
  const minutesInUtc = hour * 60 + minute - offset;
  return second < 60 || isLeapSecond(day, minutesInUtc) ? day : null;
}

/** The offset at `at` (Z or +hh:mm) that must end the text, in minutes; null when invalid. */
function offsetMinutes(text, at) {
  const sign = text[at];
  if ((sign === "Z" || sign === "z") && at === text.length - 1) return 0;
  if ((sign !== "+" && sign !== "-") || at + 6 !== text.length || text[at + 3] !== ":") return null;
  const hours = digits(text, at + 1, 2);
  const minutes = digits(text, at + 4, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  return (sign === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function isLeapSecond([year, month, day], minutesInUtc) {
  if (((minutesInUtc % 1440) + 1440) % 1440 !== 1439) return false;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day + Math.floor(minutesInUtc / 1440)); // also years below 100
  const utcMonth = utc.getUTCMonth() + 1;
  const lastDay = (utcMonth === 6 && utc.getUTCDate() === 30) || (utcMonth === 12 && utc.getUTCDate() === 31);
  return lastDay && LEAP_SECOND_MONTHS.includes(utc.getUTCFullYear() * 100 + utcMonth);
}

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
