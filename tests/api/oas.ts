// OpenAPI and JSON Schema validation inside workerd, with the npm packages' own code.
import { Validator } from "@seriousme/openapi-schema-validator";
import oas31 from "@seriousme/openapi-schema-validator/schemas/v3.1/schema.json";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";

// ajv-formats is CommonJS: depending on the loader its function is the default export or its `.default`.
const addFormats: typeof formats = (formats as unknown as { default?: typeof formats }).default ?? formats;

/**
 * @seriousme/openapi-schema-validator reads the OAS schema from disk, and workerd has no
 * file system: this hands it the same file, imported, and compiles it exactly as the package does.
 */
class WorkerdOpenApiValidator extends Validator {
  getAjvValidator(version: string) {
    if (version !== "3.1") throw new Error(`only OpenAPI 3.1 is bundled here, not ${version}`);
    const self = this as unknown as { ajvOptions: object; ajvValidators: Record<string, unknown> };
    if (!self.ajvValidators[version]) {
      const ajv = new Ajv2020(self.ajvOptions);
      addFormats(ajv);
      ajv.addFormat("media-range", true);
      self.ajvValidators[version] = ajv.compile(oas31);
    }
    return self.ajvValidators[version];
  }
}

export function validateOpenApi(doc: Record<string, unknown>) {
  return new WorkerdOpenApiValidator().validate(structuredClone(doc));
}

const DOC_ID = "urn:standpoint:openapi";

/** Validates values against schemas of the document, resolving `#/components/...` references. */
export function schemaValidator(doc: { components: unknown }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: DOC_ID, components: doc.components });
  const rebased = (schema: object) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOC_ID}#/components/`));
  return (schema: object, value: unknown): string[] => {
    const validate = ajv.compile(rebased(schema));
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
  };
}
