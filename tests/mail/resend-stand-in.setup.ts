// vitest globalSetup (runs in Node): the Resend stand-in for the whole suite.
import type { TestProject } from "vitest/node";
import { createResendStandIn, STAND_IN_API_KEY } from "./resend-stand-in";

declare module "vitest" {
  export interface ProvidedContext {
    resendStandIn: string;
  }
}

export default async function setup(project: TestProject) {
  const standIn = await createResendStandIn();
  // The shared key's tests are about the wire format; the rate tests use keys of their own.
  standIn.setRate(STAND_IN_API_KEY, 1000);
  project.provide("resendStandIn", standIn.url);
  return standIn.close;
}
