// The OpenAPI 3.1 document, generated from the route specs and their zod schemas.
import { z } from 'zod';
import type { RouteSpec } from './api-spec.js';
import { ErrorBody } from './schemas.js';

const reasons: Record<number, string> = {
  400: 'invalid input',
  401: 'missing or wrong bearer token',
  403: 'writes are disabled on this server',
  404: 'no such resource',
  413: 'body larger than the server accepts',
  415: 'unsupported media type',
};

type Json = Record<string, unknown>;

/** JSON Schema without the $schema key and with $defs lifted into components. */
function schemaOf(schema: z.ZodType, components: Json, io: 'input' | 'output'): Json {
  const { $schema: _, $defs, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  Object.assign(components, $defs ?? {});
  return JSON.parse(JSON.stringify(rest).replace(/"#\/\$defs\//g, '"#/components/schemas/')) as Json;
}

function parameters(obj: z.ZodObject | undefined, where: 'path' | 'query', components: Json): Json[] {
  if (!obj) return [];
  const schema = schemaOf(obj, components, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return { name, in: where, required: where === 'path' || (schema.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

export function openApiDocument(specs: readonly RouteSpec[], info: { version: string }): Json {
  const components: Json = {};
  // ErrorBody carries the id "Error": its schema lands in components and this is the $ref to it.
  const error = schemaOf(ErrorBody, components, 'output');
  const paths: Record<string, Json> = {};
  for (const spec of specs) {
    const responses: Json = {
      [spec.ok.status]: {
        description: spec.ok.description,
        content: { [spec.ok.type ?? 'application/json']: { schema: spec.ok.schema ? schemaOf(spec.ok.schema, components, 'output') : { type: 'string' } } },
      },
    };
    for (const status of spec.errors) responses[status] = { description: reasons[status] ?? 'error', content: { 'application/json': { schema: error } } };
    responses.default = { description: 'unexpected error', content: { 'application/json': { schema: error } } };
    paths[spec.path] = {
      ...paths[spec.path],
      [spec.method]: {
        summary: spec.summary,
        ...(spec.description ? { description: spec.description } : {}),
        operationId: `${spec.method}${spec.path.replace(/\/api\/v1|[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
        parameters: [...parameters(spec.params, 'path', components), ...parameters(spec.query, 'query', components)],
        ...(spec.body
          ? { requestBody: { required: true, description: spec.body.description, content: Object.fromEntries(spec.body.types.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) } }
          : {}),
        ...(spec.auth ? { security: [{ bearer: [] }] } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'baoku API', version: info.version, description: 'Read a Chinese local newspaper archive: editions, articles with every repair, exports.' },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
