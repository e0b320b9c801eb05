/**
 * The OpenAPI 3.1 document, built from the routes as they register (their JSON Schemas, summary,
 * tag and access policy): it cannot drift from the server.
 */
import type { RouteOptions } from 'fastify';
import type { AccessPolicy } from './types.js';

interface Operation {
  method: string;
  url: string;
  access: AccessPolicy;
  tag: string | undefined;
  schema: Record<string, unknown>;
}

function parameters(schema: Record<string, unknown>): object[] {
  const out: object[] = [];
  for (const [key, where] of [['params', 'path'], ['querystring', 'query']] as const) {
    const s = schema[key] as { properties?: Record<string, object>; required?: string[] } | undefined;
    for (const [name, prop] of Object.entries(s?.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (s?.required ?? []).includes(name), schema: prop });
    }
  }
  return out;
}

function operation(op: Operation): object {
  const s = op.schema;
  const responses: Record<string, object> = {};
  for (const [code, body] of Object.entries((s['response'] as Record<string, object>) ?? { 200: {} })) {
    const type = code === '200' && Array.isArray(s['produces']) ? (s['produces'] as string[])[0]! : 'application/json';
    responses[code] = { description: code === '200' ? 'OK' : `error ${code}`, content: { [type]: { schema: body } } };
  }
  const body = s['body'] as object | undefined;
  const consumes = (s['consumes'] as string[] | undefined)?.[0];
  return {
    summary: s['summary'],
    tags: op.tag ? [op.tag] : [],
    ...(op.access === 'public' ? { security: [] } : {}),
    'x-access': op.access,
    parameters: parameters(s),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : consumes ? { requestBody: { required: true, content: { [consumes]: { schema: { type: 'string' } } } } } : {}),
    responses,
  };
}

/** Collects routes (call `add` from an onRoute hook) and renders the document. */
export function openApiCollector(info: { title: string; version: string }) {
  const ops: Operation[] = [];
  return {
    add(route: RouteOptions): void {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method === 'HEAD' || !route.url.startsWith('/api/')) continue;
        const config = route.config as { access: AccessPolicy; tag?: string };
        ops.push({ method: method.toLowerCase(), url: route.url, access: config.access, tag: config.tag, schema: (route.schema ?? {}) as Record<string, unknown> });
      }
    },
    document(): object {
      const paths: Record<string, Record<string, object>> = {};
      for (const op of ops) {
        const path = op.url.replace(/:([A-Za-z_]\w*)/g, '{$1}');
        (paths[path] ??= {})[op.method] = operation(op);
      }
      return {
        openapi: '3.1.0',
        info: { ...info, description: 'Tearline HTTP API. Every route declares an access policy (x-access: public, user, admin); protected routes need the session cookie, and state-changing ones the X-CSRF-Token header.' },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: 'tearline_session' },
            csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          },
        },
        security: [{ session: [] }],
        paths,
      };
    },
  };
}
