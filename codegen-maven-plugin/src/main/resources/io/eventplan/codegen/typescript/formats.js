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

