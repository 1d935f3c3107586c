// vitest globalSetup, in Node where content/ is on disk: verifies and compiles every article
// as `npm run build` does, and hands the digests to tests/setup.ts, which stores them in D1
// with the same statements as `npm run dev`'s seed and the admin API.
import type { TestProject } from "vitest/node";
import { compileAll } from "../scripts/lib/content";
import type { Digest } from "../src/digest/schema";
import { draftPositions } from "../src/extract";

declare module "vitest" {
  export interface ProvidedContext {
    contentDigests: Digest[];
  }
}

export default function setup(project: TestProject) {
  project.provide("contentDigests", compileAll("content", draftPositions));
}
