// Print the OpenAPI document, or write it to the file given as the first argument.
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/openapi';

const json = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
const out = process.argv[2];
if (out === undefined) process.stdout.write(json);
else writeFileSync(out, json);
