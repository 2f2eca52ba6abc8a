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

