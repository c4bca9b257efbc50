/** The one ajv instance of the package (JSON Schema 2020-12 with formats), made on first use. */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// biome-ignore lint/suspicious/noExplicitAny: ajv's default export typing differs between CJS and ESM.
const AjvClass = ((Ajv2020 as any).default ?? Ajv2020) as typeof Ajv2020;
// biome-ignore lint/suspicious/noExplicitAny: same for ajv-formats.
const applyFormats = ((addFormats as any).default ?? addFormats) as typeof addFormats;

let ajv: InstanceType<typeof AjvClass> | undefined;

export function sharedAjv(): InstanceType<typeof AjvClass> {
  if (!ajv) {
    // ownProperties: inherited members never satisfy `required` nor count as values.
    ajv = new AjvClass({
      allErrors: true,
      strict: false,
      ownProperties: true,
      verbose: true,
      logger: false,
    });
    applyFormats(ajv);
  }
  return ajv;
}
