// Cross-Origin-Opener-Policy goes on personal responses only (src/http/security.ts): a token's
// page keeps cross-origin openers out, a public page is left in its opener's renderer.
import { describe, expect, it } from "vitest";
import { isolatesOpener } from "../../src/http/security";
import { worker } from "../worker";

const get = (path: string) => worker.fetch(`https://example.com${path}`);

describe("Cross-Origin-Opener-Policy", () => {
  it("isolates personal pages: the subscribe form's answer and a token's page", async () => {
    for (const path of ["/subscriptions", "/subscriptions/preferences/not-a-token"]) {
      const res = await get(path);
      expect(res.headers.get("Cache-Control"), path).toMatch(/no-store/);
      expect(res.headers.get("Cross-Origin-Opener-Policy"), path).toBe("same-origin");
    }
  });

  it("leaves public pages without it, and keeps their other security headers", async () => {
    for (const path of ["/", "/digests/putin-offer-to-negotiate", "/actors/vladimir-putin"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("Cache-Control"), path).toMatch(/public/);
      expect(res.headers.get("Cross-Origin-Opener-Policy"), path).toBeNull();
      expect(res.headers.get("Content-Security-Policy"), path).toContain("default-src 'none'");
      expect(res.headers.get("X-Frame-Options"), path).toBe("DENY");
    }
  });

  it("decides by the response's cacheability (negative control: a public or missing Cache-Control is not isolated)", () => {
    expect(isolatesOpener("no-store")).toBe(true);
    expect(isolatesOpener("private, max-age=0")).toBe(true);
    expect(isolatesOpener("public, max-age=300")).toBe(false);
    expect(isolatesOpener(null)).toBe(false);
  });
});
