// The email linter (doiuse-email, on the caniemail data) as the project's check: what each
// email uses that some client lacks, sorted into the optional dark palette, the few findings
// allowed by name, and problems. Issue 13: nothing an email needs may be unsupported.
import { doIUseEmail } from "doiuse-email";
import { DARK_MODE_CSS } from "../../src/mail/template/frame";

/** The clients the issue names, with their mobile apps and webmails. */
export const EMAIL_CLIENTS = ["gmail.*", "outlook.*", "apple-mail.*", "yahoo.*"];

/** One linter error: "`feature` is not supported by `client`". */
export interface Finding {
  feature: string;
  client: string;
}

/**
 * Findings allowed by name outside the dark palette, each for the clients listed and no other
 * (a client added to the caniemail data fails the check until someone looks).
 */
export const ALLOWED: readonly { feature: string; clients: readonly string[]; why: string }[] = [
  {
    feature: "role attribute",
    clients: ["outlook.windows-mail"],
    // caniemail "html-role": every client the issue names keeps role, Yahoo and AOL on <table> only
    // (the only place these emails use it, which the lint test asserts); Windows Mail alone drops
    // it, and it drops every aria-* attribute too, so no other markup could say "layout" there.
    // Every accessible-email guide asks for role="presentation" on each layout table, so removing
    // it would make the tables announce as data tables in Gmail, Outlook and Apple Mail as well.
    why:
      'role="presentation" on layout tables is for screen readers only: where it is dropped (Windows 10 Mail, ' +
      "which Microsoft retired: it stopped sending and receiving mail on 31 December 2024) the tables read as " +
      "tables and the email looks and works the same.",
  },
];

const DARK_BLOCK = `<style>${DARK_MODE_CSS}</style>`;

function errorsOf(html: string): string[] {
  const result = doIUseEmail(html, { emailClients: EMAIL_CLIENTS });
  return result.success ? [] : result.errors;
}

function parse(message: string): Finding {
  const match = /^`(.+)` is not supported by `(.+)`$/.exec(message);
  if (!match) throw new Error(`unexpected linter message: ${message}`);
  return { feature: match[1]!, client: match[2]! };
}

/** Each distinct finding once, in the linter's order. */
const distinct = (findings: Finding[]) => [...new Map(findings.map((f) => [`${f.feature}|${f.client}`, f])).values()];

export interface EmailLint {
  /** Every error the linter reports for the email as sent. */
  total: number;
  /** Errors that only the dark-mode <style> block causes: removing it removes them. */
  darkMode: Finding[];
  /** Errors outside it that ALLOWED names. */
  allowed: Finding[];
  /** Everything else: a feature the email needs that a client lacks. */
  problems: Finding[];
}

/**
 * Lints an email twice: as sent, and with exactly the frame's dark-mode block cut out. What
 * the second run still reports is outside the dark palette, so the sorting needs no judgement.
 * An email without that block is a problem of its own (the palette is required, and a changed
 * block would otherwise escape the sorting).
 */
export function lintEmail(html: string): EmailLint {
  const all = errorsOf(html);
  const blocks = html.split(DARK_BLOCK).length - 1;
  const rest = errorsOf(html.replace(DARK_BLOCK, ""));
  const remaining = [...rest];
  const darkMode = all.filter((message) => {
    const i = remaining.indexOf(message);
    if (i < 0) return true;
    remaining.splice(i, 1);
    return false;
  });
  const found = rest.map(parse);
  const isAllowed = (f: Finding) => ALLOWED.some((a) => a.feature === f.feature && a.clients.includes(f.client));
  const problems = distinct(found.filter((f) => !isAllowed(f)));
  if (blocks !== 1) problems.push({ feature: `the dark-mode <style> block (found ${blocks})`, client: "every client" });
  return { total: all.length, darkMode: distinct(darkMode.map(parse)), allowed: distinct(found.filter(isAllowed)), problems };
}

export const describeFindings = (findings: Finding[]) => findings.map((f) => `${f.feature} — not supported by ${f.client}`);
