import { describe, expect, it } from "vitest";
import { worker } from "../worker";
import { freshEmail, linksOf, mailTo, ORIGIN, postForm, postJson, stateOf, subscribeByForm } from "./helpers";

const ONE_CLICK = { "List-Unsubscribe": "One-Click" };

describe("subscriber life cycle", () => {
  it("subscribes, confirms by POST, changes cadence, unsubscribes in one click and resubscribes", async () => {
    const email = freshEmail();
    const subscribed = await subscribeByForm(email.toUpperCase(), "daily");
    expect(subscribed.status).toBe(200);
    expect(await subscribed.text()).toContain("Check your inbox");
    expect(await stateOf(email)).toBe("pending");

    const [confirmation] = await mailTo(email);
    expect(confirmation!.subject).toBe("Confirm your Standpoint subscription");
    expect(confirmation!.text).toContain("/subscriptions/confirm/");
    expect(confirmation!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const links = linksOf(confirmation!);

    // A scanner that GETs the link changes nothing; the page offers a button.
    const get = await worker.fetch(`${ORIGIN}${links.confirm}`);
    expect(get.status).toBe(200);
    expect(await get.text()).toContain("Confirm my subscription");
    expect(await stateOf(email)).toBe("pending");

    const confirmed = await postForm(links.confirm!, {});
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("You are subscribed");
    expect(await stateOf(email)).toBe("active");

    const prefs = await worker.fetch(`${ORIGIN}${links.preferences}`);
    expect(await prefs.text()).toContain("receives the daily summary");
    const changed = await postForm(links.preferences!, { action: "cadence", cadence: "weekly" });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("you will receive the weekly summary");

    // RFC 8058: no Origin, no cookie; repeating it is safe.
    for (let i = 0; i < 2; i++) {
      const res = await worker.fetch(`${ORIGIN}${links.unsubscribe}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(ONE_CLICK).toString(),
      });
      expect(res.status).toBe(200);
      expect(await stateOf(email)).toBe("unsubscribed");
    }

    // Coming back takes a fresh confirmation; the first round's link no longer confirms.
    await postJson("/api/subscriptions", { email, cadence: "weekly" });
    expect(await stateOf(email)).toBe("pending");
    const [fresh] = await mailTo(email, 2);
    const stale = await postForm(links.confirm!, {});
    expect(stale.status).toBe(410);
    expect(await stateOf(email)).toBe("pending");
    expect((await postForm(linksOf(fresh!).confirm!, {})).status).toBe(200);
    expect(await stateOf(email)).toBe("active");
  });
});
