// Renders the site-wide sharing image, public/og/standpoint.png (kept in the repository, so a
// machine without fonts still serves it). Run again only when its design changes.
import { writeFileSync } from "node:fs";
import { siteCardSvg } from "../src/content/card";
import { renderPng } from "./lib/cards";

writeFileSync("public/og/standpoint.png", renderPng(siteCardSvg()));
console.log("wrote public/og/standpoint.png");
