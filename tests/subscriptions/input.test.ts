import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { manageLinks, requestSubscription } from "../../src/subscriptions";
import { testEnv, worker } from "../worker";
import { freshClient, freshEmail, ORIGIN, postForm, postJson, snapshot, stateOf, subscribeByForm } from "./helpers";

async function expectNoChange(label: string, send: () => Promise<Response>, status: number, reason: string | RegExp) {
  const before = await snapshot();
  const res = await send();
  expect(res.status, label).toBe(status);
  const body = await res.text();
  expect(body, label).toMatch(reason);
  expect(await snapshot(), label).toBe(before);
  return body;
}

/** A test that may wait out a window's last 10 s needs more than vitest's 5 s. */
const EDGE_WAIT_TIMEOUT = 20_000;

/**
 * The local rate limiter (miniflare's ratelimit-object.worker.js) counts in fixed windows of the
 * wall clock (`Math.floor(Date.now() / (period * 1000))`): a burst that straddles a minute's end
 * starts counting again, and its sixth request passes. Wait until 10 s of the window are left at least.
 */
async function awayFromWindowEdge(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.${"e".repeat(50)}.org`;

describe("bad input changes nothing", () => {
  it.each([
    ["invalid address", { email: "not-an-address", cadence: "daily" }, 400, /invalid_email/],
    ["oversized address", { email: long, cadence: "daily" }, 400, /longer than 254/],
    ["CRLF in the address", { email: "a@example.org\r\nBcc: b@example.org", cadence: "daily" }, 400, /line breaks/],
    ["unknown cadence", { email: "a@example.org", cadence: "hourly" }, 400, /invalid_cadence/],
    ["missing cadence", { email: "a@example.org" }, 400, /invalid_cadence/],
    ["unknown field", { email: "a@example.org", cadence: "daily", admin: true }, 400, /Unknown field/],
    ["not an object", ["a@example.org"], 400, /invalid_request/],
  ])("API: %s", async (label, body, status, reason) => {
    await expectNoChange(label, () => postJson("/api/subscriptions", body), status, reason);
  });

  it("API: wrong content type, broken JSON, huge bodies (declared or streamed)", async () => {
    const body = JSON.stringify({ email: freshEmail(), cadence: "daily" });
    await expectNoChange(
      "text/plain",
      () => postJson("/api/subscriptions", body, { "Content-Type": "text/plain" }),
      415,
      /application\/json/,
    );
    await expectNoChange(
      "form to the API",
      () => postJson("/api/subscriptions", body, { "Content-Type": "application/x-www-form-urlencoded" }),
      415,
      /unsupported_media_type/,
    );
    await expectNoChange("broken JSON", () => postJson("/api/subscriptions", '{"email":'), 400, /invalid_json/);
    const huge = JSON.stringify({ email: freshEmail(), cadence: "daily", pad: "x".repeat(100_000) });
    await expectNoChange("huge", () => postJson("/api/subscriptions", huge), 413, /body_too_large/);
    const streamed = () =>
      worker.fetch(`${ORIGIN}/api/subscriptions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(1000)));
            controller.close();
          },
        }),
      });
    await expectNoChange("streamed", streamed, 413, /body_too_large/);
  });

  it("form: re-renders the form with the reason and what was typed", async () => {
    const html = await expectNoChange(
      "bad address",
      () => subscribeByForm("nobody at example"),
      400,
      /does not look like an email address/,
    );
    expect(html).toContain('value="nobody at example"');
    expect(html).toContain('<form class="subscribe"');
    await expectNoChange("hourly", () => subscribeByForm(freshEmail(), "hourly"), 400, /Choose how often: daily or weekly/);
    await expectNoChange("CRLF in source", () => subscribeByForm(freshEmail(), "daily", { source: "/\r\nX: y" }), 400, /line breaks/);
    await expectNoChange(
      "bad source",
      () => subscribeByForm(freshEmail(), "daily", { source: "https://evil.example/" }),
      400,
      /source must be a path/,
    );
    await expectNoChange(
      "JSON to the form",
      () => postForm("/subscriptions", {}, { "Content-Type": "application/json" }),
      415,
      /Send the form as/,
    );
  });

  it("refuses cross-origin form posts, but not the RFC 8058 endpoint", async () => {
    await expectNoChange(
      "Origin",
      () =>
        postForm(
          "/subscriptions",
          { email: freshEmail(), cadence: "daily" },
          { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
        ),
      403,
      /own pages/,
    );
    await expectNoChange(
      "Origin only",
      () => postForm("/subscriptions", { email: freshEmail(), cadence: "daily" }, { Origin: "https://evil.example", "Sec-Fetch-Site": "" }),
      403,
      /cross_origin|own pages/,
    );
    await expectNoChange(
      "same-site",
      () => postForm("/subscriptions", { email: freshEmail(), cadence: "daily" }, { Origin: ORIGIN, "Sec-Fetch-Site": "same-site" }),
      403,
      /own pages/,
    );
    await expectNoChange(
      "API",
      () => postJson("/api/subscriptions", { email: freshEmail(), cadence: "daily" }, { Origin: "https://evil.example" }),
      403,
      /cross_origin/,
    );

    // A mail client's one-click POST comes from wherever the client runs.
    const email = freshEmail("one-click");
    const { subscriber } = await requestSubscription(env.DB, { email, cadence: "daily", source: "/", now: new Date() });
    const { unsubscribeUrl } = await manageLinks(testEnv, subscriber, new Date());
    const res = await postForm(
      new URL(unsubscribeUrl).pathname,
      { "List-Unsubscribe": "One-Click" },
      { Origin: "https://mail.example", "Sec-Fetch-Site": "cross-site" },
    );
    expect(res.status).toBe(200);
    expect(await stateOf(email)).toBe("unsubscribed");
  });

  it("answers a filled honeypot like a person but subscribes nobody", async () => {
    const email = freshEmail("bot");
    const res = await subscribeByForm(email, "daily", { website: "https://spam.example" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Check your inbox");
    expect(await stateOf(email)).toBe("absent");
  });
});

describe("rate limits", () => {
  it("limits subscribe requests per client", async () => {
    const client = freshClient();
    const statuses: number[] = [];
    // Fixed windows on the clock's minute: 2 x 5 + 1 requests exceed the limit of 5 in one window
    // wherever a boundary falls, and the first five always pass.
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await postJson("/api/subscriptions", { email: freshEmail("burst"), cadence: "daily" }, { "CF-Connecting-IP": client })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses).toContain(429);
  });

  it(
    "limits subscribe requests per address, from any client, and re-renders the form",
    async () => {
      await awayFromWindowEdge();
      const email = freshEmail("target");
      for (let i = 0; i < 5; i++) expect((await postJson("/api/subscriptions", { email, cadence: "daily" })).status).toBe(202);
      const api = await postJson("/api/subscriptions", { email, cadence: "daily" });
      expect(api.status).toBe(429);
      expect(api.headers.get("Retry-After")).toBe("60");
      const form = await subscribeByForm(email);
      expect(form.status).toBe(429);
      expect(await form.text()).toContain("Too many subscribe requests");
    },
    EDGE_WAIT_TIMEOUT,
  );
});
