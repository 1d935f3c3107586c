// Property-based: for arbitrary input, no 5xx, and state changes only when the input is
// valid. The oracle for "valid" is the request schema; what is checked is that the HTTP
// layer acts on exactly that and nothing else.
import { env } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  confirmLink,
  findSubscriberByEmail,
  manageLinks,
  requestSubscription,
  signToken,
  subscribeRequestSchema,
} from "../../src/subscriptions";
import { testEnv, worker } from "../worker";
import { freshEmail, mailTo, ORIGIN, postForm, postJson, snapshot } from "./helpers";

const RUNS = 60;
// Each run is a request plus a snapshot of every subscription table: on a busy machine the
// runs together pass vitest's 5 s default.
const PROPERTY_TIMEOUT = 30_000;

const emailish = fc.oneof(
  fc.emailAddress(),
  fc.string({ maxLength: 40 }),
  fc.emailAddress().map((e) => e.toUpperCase()),
  fc.tuple(fc.emailAddress(), fc.constantFrom("\r\n", "\n", "\r", "\u0000", " ")).map(([e, s]) => `${e}${s}Bcc: x@example.org`),
  fc.string({ minLength: 250, maxLength: 300 }).map((s) => `${s}@example.org`),
);
const cadenceish = fc.oneof(fc.constantFrom("daily", "weekly"), fc.string({ maxLength: 10 }), fc.constant(undefined));
const contentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "",
);

describe("POST /api/subscriptions, for any input", () => {
  it(
    "never fails with 5xx and changes state only for a valid request",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({ email: emailish, cadence: cadenceish }, { requiredKeys: [] }),
            fc.record({ email: emailish, cadence: cadenceish, extra: fc.anything() }),
            fc.anything(),
          ),
          contentType,
          fc.boolean(),
          async (body, type, asJson) => {
            const raw = asJson ? (JSON.stringify(body) ?? "") : fc.stringify(body);
            const before = await snapshot();
            const res = await postJson("/api/subscriptions", raw, { "Content-Type": type });
            expect(res.status).toBeLessThan(500);
            let parsed: unknown;
            try {
              parsed = JSON.parse(raw);
            } catch {
              parsed = undefined;
            }
            const valid = type.startsWith("application/json") && subscribeRequestSchema.safeParse(parsed).success;
            if (res.status === 202) {
              expect(valid).toBe(true);
              const email = subscribeRequestSchema.parse(parsed).email;
              const subscriber = await findSubscriberByEmail(env.DB, email);
              expect(subscriber).not.toBeNull();
              // The confirmation is written after the response (waitUntil): let it land before the
              // next run's snapshot, or that run would see it as a change it made.
              if (subscriber!.confirmationSentAt === subscriber!.updatedAt) await mailTo(email);
            } else {
              expect([400, 413, 415, 429]).toContain(res.status);
              if (valid) expect(res.status).toBe(429);
              expect(await snapshot()).toBe(before);
              expect(await res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("POST /subscriptions (the form), for any fields", () => {
  it(
    "never fails with 5xx and changes state only for a valid request",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          emailish,
          cadenceish,
          fc.oneof(fc.constant("/"), fc.constant("/digests/x"), fc.string({ maxLength: 20 })),
          fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
          async (email, cadence, source, extra) => {
            const fields: Record<string, string> = { ...extra, email, source, website: "" };
            if (cadence !== undefined) fields.cadence = cadence;
            const before = await snapshot();
            const res = await postForm("/subscriptions", fields);
            expect(res.status).toBeLessThan(500);
            const sent = new URLSearchParams(fields);
            const valid =
              [...sent.values()].every((v) => !/[\r\n]/.test(v)) &&
              subscribeRequestSchema.safeParse({ email: sent.get("email"), cadence: sent.get("cadence") }).success &&
              /^\/[A-Za-z0-9/_.-]*$/.test(sent.get("source") ?? "") &&
              !sent.get("website");
            if (res.status === 200) {
              if (valid) {
                const subscriber = await findSubscriberByEmail(env.DB, email.trim().toLowerCase());
                expect(subscriber).not.toBeNull();
                // As above: the confirmation lands after the response, before the next run's snapshot.
                if (subscriber!.confirmationSentAt === subscriber!.updatedAt) await mailTo(subscriber!.email);
              } else expect(await snapshot()).toBe(before); // honeypot-like extras: same answer, nothing stored
            } else {
              expect([400, 413, 415, 429]).toContain(res.status);
              expect(await snapshot()).toBe(before);
              expect(await res.text()).toContain('<form class="subscribe"');
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("token endpoints, for any token", () => {
  it(
    "never fail with 5xx and change nothing for a token that is not genuine",
    async () => {
      const secret = testEnv.TOKEN_SECRET;
      const now = new Date();
      const { subscriber } = await requestSubscription(env.DB, { email: freshEmail("prop"), cadence: "daily", source: "/", now });
      const genuine = await Promise.all(
        (["confirm", "unsubscribe", "preferences"] as const).map((purpose) =>
          signToken(secret, { purpose, subscriberId: subscriber.id, generation: purpose === "confirm" ? 1 : 0 }, now),
        ),
      );
      const mutated = fc
        .tuple(fc.constantFrom(...genuine), fc.nat(), fc.constantFrom(..."ABCxyz019-_.".split("")))
        .map(([t, i, ch]) => {
          const at = i % t.length;
          return t.slice(0, at) + ch + t.slice(at + 1);
        })
        .filter((t) => !genuine.includes(t));
      const token = fc.oneof(fc.string({ maxLength: 80 }), mutated, fc.base64String({ maxLength: 100 }));
      const endpoints = ["confirm", "preferences", "unsubscribe"] as const;

      await fc.assert(
        fc.asyncProperty(token, fc.constantFrom(...endpoints), fc.constantFrom("GET", "POST", "API"), async (t, endpoint, how) => {
          const before = await snapshot();
          const path = `/subscriptions/${endpoint}/${encodeURIComponent(t)}`;
          const res =
            how === "GET"
              ? await worker.fetch(`${ORIGIN}${path}`)
              : how === "POST"
                ? await postForm(path, { action: "erase-confirmed", "List-Unsubscribe": "One-Click" })
                : await worker.fetch(`${ORIGIN}/api/subscriptions/${endpoint === "confirm" ? "confirm" : "me"}`, {
                    method: endpoint === "confirm" ? "POST" : "DELETE",
                    headers: { Authorization: `Bearer ${t}` },
                  });
          expect(res.status).toBeLessThan(500);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(await snapshot()).toBe(before);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it("GET never changes anything, even with genuine links (link scanners)", async () => {
    const now = new Date();
    const { subscriber } = await requestSubscription(env.DB, { email: freshEmail("scanner"), cadence: "weekly", source: "/", now });
    const links = await manageLinks(testEnv, subscriber, now);
    const urls = [await confirmLink(testEnv, subscriber, now), links.preferencesUrl, links.unsubscribeUrl].map((u) => new URL(u).pathname);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...urls), fc.constantFrom("GET", "HEAD"), async (path, method) => {
        const before = await snapshot();
        const res = await worker.fetch(`${ORIGIN}${path}`, { method });
        expect(res.status).toBe(200);
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 12 },
    );
  });
});
