// The site's only stylesheet, inlined in every page (one request, no render-blocking
// fetch) and allowed by the Content-Security-Policy through its hash.
import { createHash } from "node:crypto";

export const css = `
:root{--bg:#fdfcf9;--fg:#1a1a1a;--muted:#555;--line:#d8d4cc;--card:#fff;--link:#0b5394;--mark:#fff1a8;--a:#1d6b3a;--b:#9c2a1f;--s0:#2b5c8a;--s1:#6d4a96;--s2:#1f6666;--s3:#6b5a2e;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b5b5b5;--line:#3a3a3a;--card:#1c1c1c;--link:#8ab4f8;--mark:#5c4b00;--a:#7fd49b;--b:#ff9c8f;--s0:#8cb8e8;--s1:#c6a8ee;--s2:#7fcfcf;--s3:#d9c38c}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 Georgia,"Times New Roman",serif}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--card);padding:.5rem}
header.site,footer.site,main{max-width:46rem;margin:0 auto;padding:1rem}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;border-bottom:1px solid var(--line)}
header.site .brand{font-weight:700;font-size:1.25rem;text-decoration:none;color:var(--fg)}
nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:0;padding:0}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:.25rem 0}
.kicker,.meta,.role,figcaption,.muted{color:var(--muted);font-family:system-ui,sans-serif;font-size:.9rem}
.draft{border:2px solid var(--b);padding:.5rem .75rem;font-family:system-ui,sans-serif}
.question{font-size:1.2rem;font-weight:700}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem;padding:0;list-style:none}
.side{border-top:4px solid var(--s);background:var(--card);padding:.75rem}
.side-0{--s:var(--s0)}.side-1{--s:var(--s1)}.side-2{--s:var(--s2)}.side-3{--s:var(--s3)}.side .mark,.stances .mark{color:var(--s)}
.side ul{margin:.25rem 0 0;padding-left:1.1rem}.side h3,.side h4{margin:0;font-size:1rem}
.card{background:var(--card);border:1px solid var(--line);padding:1rem;margin:1rem 0}
.stances{padding-left:1.1rem;font-family:system-ui,sans-serif;font-size:.95rem}
blockquote{margin:.75rem 0 0;padding:.25rem 1rem;border-left:4px solid var(--line);font-style:italic}
blockquote p{margin:0}
figure{margin:0 0 .75rem}
.report{border-left:4px dotted var(--line);padding-left:1rem;margin:.75rem 0 0}
.text p{margin:0 0 1rem}.text .gap{color:var(--muted);font-family:system-ui,sans-serif;font-size:.9rem;text-align:center}
mark{background:var(--mark);color:var(--fg)}
.back{font-family:system-ui,sans-serif;font-size:.8rem;text-decoration:none;margin-right:.2rem}
.list{list-style:none;padding:0}.list li{margin:0 0 1.5rem}
.pager{display:flex;flex-wrap:wrap;gap:1rem;justify-content:space-between;font-family:system-ui,sans-serif}
table.api{border-collapse:collapse;width:100%;margin:.5rem 0;font-family:system-ui,sans-serif;font-size:.9rem}
table.api th,table.api td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
table.api table.api{font-size:.85rem}
pre{overflow-x:auto;background:var(--bg);border:1px solid var(--line);padding:.75rem;font-size:.8rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em;overflow-wrap:anywhere}
.responses dt{font-weight:700;margin-top:.5rem}.responses dd{margin:0 0 0 1.5rem}
nav.toc ul{display:block;list-style:disc;padding-left:1.2rem}nav.toc li{margin:.2rem 0}
form.subscribe{background:var(--card);border:1px solid var(--line);padding:1rem;margin:2rem 0;font-family:system-ui,sans-serif}
form.subscribe h2{margin-top:0;font-size:1.2rem}
form.subscribe label{display:block;margin:.25rem 0}
input,select,button{font:inherit;padding:.4rem .6rem;max-width:100%}
button{background:var(--link);color:var(--bg);border:0;cursor:pointer}
.hp{position:absolute;left:-9999px}
.error{color:var(--b)}
.notice{border-left:4px solid var(--a);padding:.25rem .75rem;font-family:system-ui,sans-serif}
form.action{margin:.75rem 0;font-family:system-ui,sans-serif}form.action fieldset label{display:block}
@media print{header.site nav,form.subscribe,.back,footer.site{display:none}body{background:#fff;color:#000;font-size:11pt}a{color:#000}mark{background:none;text-decoration:underline}.card{break-inside:avoid;border-color:#999}}
`.replace(/\n/g, "");

export const styleHash = `sha256-${createHash("sha256").update(css).digest("base64")}`;
