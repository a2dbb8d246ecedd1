#!/usr/bin/env node
// The portal's API types come from the gateway's OpenAPI document (built from the running routes):
//   node services/portal/scripts/generate-api-client.mjs [gateway URL]          writes src/api/schema.ts
//   node services/portal/scripts/generate-api-client.mjs [gateway URL] --check  exit 1 when it drifted
// Without a URL, the gateway of `./certhub up` (.run/local/services.json) is used.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TARGET = join(ROOT, 'services/portal/src/api/schema.ts');
const HEADER =
  "// Generated from the gateway's /api/openapi.json by services/portal/scripts/generate-api-client.mjs: do not edit.\n";

const args = process.argv.slice(2);
const check = args.includes('--check');
let gateway = args.find((a) => !a.startsWith('--'));
if (!gateway) {
  const state = join(ROOT, '.run/local/services.json');
  if (!existsSync(state)) {
    console.error('generate-api-client: give the gateway URL, or start certhub with ./certhub up');
    process.exit(2);
  }
  gateway = JSON.parse(readFileSync(state, 'utf8')).gateway.url;
}

const res = await fetch(`${gateway}/api/openapi.json`);
if (!res.ok) throw new Error(`GET ${gateway}/api/openapi.json answered ${res.status}`);
const document = await res.json();
const source = HEADER + astToString(await openapiTS(document, { alphabetize: true }));
const formatted = await prettier.format(source, {
  ...(await prettier.resolveConfig(TARGET)),
  filepath: TARGET,
});

if (!check) {
  writeFileSync(TARGET, formatted);
  console.log(`wrote ${TARGET}`);
} else if (!existsSync(TARGET) || readFileSync(TARGET, 'utf8') !== formatted) {
  console.error(
    `${TARGET} does not match the gateway's OpenAPI document: run "node services/portal/scripts/generate-api-client.mjs <gateway URL>" and commit it`,
  );
  process.exit(1);
} else {
  console.log('the API client matches the gateway');
}
