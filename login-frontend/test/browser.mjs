// A fake browser for the snippet's tests: localStorage, location, pagehide listeners, fetch and
// sendBeacon that record what they were given, and a fresh copy of the module per simulated page load.
import { mock } from "node:test";

export const SNIPPET = new URL("../src/generated/tracking.js", import.meta.url);
export const EVERY_TYPE_SNIPPET = new URL("./fixtures/every-type/tracking.js", import.meta.url);
export const START = Date.parse("2026-11-25T10:00:00.000Z");

let loads = 0;

/**
 * Installs the fake browser on globalThis and returns it. `storage` (a Map) survives a reload when
 * passed to the next page; `respond` answers each fetch: a Response, an Error to reject with, or
 * a function of the request returning either.
 */
export function page({ storage = new Map(), href = "https://app.example.com/login?next=%2F" } = {}) {
  const browser = {
    storage,
    requests: [],
    beacons: [],
    listeners: {},
    responses: [],
    respond: () => new Response("{}", { status: 200 }),
    /** Fires an event such as pagehide. */
    fire(type) {
      for (const listener of this.listeners[type] || []) listener({ type });
    },
    /** The parsed bodies of the requests so far. */
    bodies() {
      return this.requests.map((r) => JSON.parse(r.init.body));
    },
    /** A fresh copy of the module, as a new page load would get. */
    load(url = SNIPPET) {
      return import(`${url.href}?load=${++loads}`);
    },
  };
  define("localStorage", {
    getItem: (key) => (storage.has(key) ? storage.get(key) : null),
    setItem: (key, value) => storage.set(key, String(value)),
    removeItem: (key) => storage.delete(key),
  });
  define("location", { href });
  define("addEventListener", (type, listener) => (browser.listeners[type] ||= []).push(listener));
  define("navigator", {
    sendBeacon: (url, data) => {
      browser.beacons.push({ url, data });
      return true;
    },
  });
  define("fetch", (url, init) => {
    const request = { url, init };
    browser.requests.push(request);
    let answer = browser.responses.length ? browser.responses.shift() : browser.respond;
    if (typeof answer === "function") answer = answer(request);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  return browser;
}

/** Mocked setTimeout and Date, starting at START. */
export function clock() {
  mock.timers.enable({ apis: ["setTimeout", "Date"], now: START });
  return mock.timers;
}

/** Lets pending promise callbacks (fetch answers) run. */
export function settle() {
  return new Promise((resolve) => setImmediate(resolve));
}

export function define(name, value) {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

export function response(status, headers = {}) {
  return new Response(status === 204 ? null : "{}", { status, headers });
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
