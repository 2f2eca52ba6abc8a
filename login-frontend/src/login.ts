// The demo login page: checks the credentials with POST /demo/login and tracks the outcome with the
// snippet generated from the plan. The password goes only into that request's body, never into an event.
import { flush, identify, init, trackLoggedIn, trackLoginFailed, type PeopleTraits } from "./generated/tracking.js";

interface LoginAnswer {
  userId: string;
  traits: PeopleTraits;
}

const form = element<HTMLFormElement>("login-form");
const email = element<HTMLInputElement>("email");
const password = element<HTMLInputElement>("password");
const submit = element<HTMLButtonElement>("submit");
const error = element<HTMLDivElement>("login-error");
const welcome = element<HTMLParagraphElement>("welcome");
let failedAttempts = 0;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

/**
 * Starts the snippet with the write key the collector hands out, sending to the collector it names (by default
 * the one serving this page); events queued before wait for it.
 */
async function startTracking(): Promise<void> {
  const response = await fetch("/demo/config.json", { cache: "no-store" });
  const config = (await response.json()) as { writeKey: string; endpoint?: string };
  init({ writeKey: config.writeKey, endpoint: config.endpoint ?? location.origin, flushInterval: 200 });
}

function showError(message: string, invalid: HTMLInputElement[] = []): void {
  error.textContent = message;
  for (const input of [email, password]) input.setAttribute("aria-invalid", String(invalid.includes(input)));
}

function setBusy(busy: boolean): void {
  submit.disabled = busy;
  submit.textContent = busy ? "Logging in…" : "Log in";
  form.setAttribute("aria-busy", String(busy));
}

async function logIn(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  if (submit.disabled) return;
  const missing = [email, password].filter((input) => !input.value.trim());
  if (missing.length > 0) {
    showError("Enter your e-mail address and password.", missing);
    missing[0].focus();
    return;
  }
  showError("");
  setBusy(true);
  try {
    const response = await fetch("/demo/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: email.value, password: password.value }),
      cache: "no-store",
    });
    if (response.ok) {
      const answer = (await response.json()) as LoginAnswer;
      failedAttempts = 0;
      identify(answer.userId, answer.traits);
      trackLoggedIn({ type: "password" });
      flush();
      password.value = "";
      form.hidden = true;
      element<HTMLHeadingElement>("title").textContent = "Logged in";
      welcome.textContent = `Welcome, ${answer.traits.name ?? answer.traits.email}. You are logged in.`;
      welcome.hidden = false;
    } else if (response.status === 401) {
      failedAttempts += 1;
      trackLoginFailed({ type: "password", reason: "invalid_credentials", attempt: Math.min(failedAttempts, 100) });
      flush();
      password.value = "";
      showError("Wrong e-mail address or password.", [email, password]);
      password.focus();
    } else {
      showError("Logging in failed. Please try again in a moment.");
    }
  } catch {
    showError("The server cannot be reached. Check your connection and try again.");
  } finally {
    setBusy(false);
  }
}

form.addEventListener("submit", (event) => void logIn(event));
startTracking().catch(() => showError("Tracking is unavailable; you can still log in."));
