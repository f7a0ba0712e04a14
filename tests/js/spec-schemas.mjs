// Ajv validators compiled from Klarna's published OpenAPI specs (tests/spec/), as a user of
// Ajv would build them: structure only, no tax, totals or market rules. Shared by the
// benchmark (a peer) and the differential test (the reference for structural constraints).
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const specDir = new URL('../spec/', import.meta.url);
const load = (file) => parse(readFileSync(new URL(file, specDir), 'utf8')).components.schemas;

/** One JSON Schema document per spec, its components under `definitions`. */
function document(id, schemas) {
  const text = JSON.stringify(schemas).replaceAll('#/components/schemas/', `${id}#/definitions/`);
  return { $id: id, definitions: JSON.parse(text) };
}

export const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(document('payments', load('klarna-payments-api.openapi.yml')));
ajv.addSchema(document('tokens', load('klarna-customer-token-api.openapi.yml')));

/** The request schema of each payload kind, as in src/model/. */
export const SCHEMA_OF = {
  session: 'payments#/definitions/session_create',
  session_update: 'payments#/definitions/session',
  order: 'payments#/definitions/create_order_request',
  customer_token: 'payments#/definitions/customer_token_creation_request',
  token_order: 'tokens#/definitions/customer_token_order',
  token_status: 'tokens#/definitions/customer_token_status_update_request',
};

export const ajvValidators = Object.fromEntries(Object.entries(SCHEMA_OF).map(([kind, ref]) => [kind, ajv.getSchema(ref)]));
