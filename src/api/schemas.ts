/**
 * JSON Schemas shared by the routes (request validation, response allow-lists, OpenAPI).
 * Response schemas list the fields that may leave the server: anything else is dropped.
 */

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
  required: ['error', 'message'],
} as const;

export const markingSchema = {
  type: ['object', 'null'],
  properties: {
    text: { type: 'string' },
    level: { type: 'string', enum: ['U', 'C', 'S', 'TS'] },
    noforn: { type: 'boolean' },
    relTo: { type: 'array', items: { type: 'string' } },
    controls: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const userSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    clearance: { type: 'string', enum: ['U', 'C', 'S', 'TS'] },
    citizenship: { type: 'string' },
    accesses: { type: 'array', items: { type: 'string' } },
    admin: { type: 'boolean' },
    created: { type: 'string' },
  },
  required: ['name', 'clearance', 'citizenship', 'accesses', 'admin'],
} as const;

export const paragraphSchema = {
  type: 'object',
  properties: { number: { type: 'string' }, marking: markingSchema, text: { type: 'string' } },
  required: ['number', 'marking', 'text'],
} as const;

/** An open object (the shape is owned by the capability that makes it; documented there). */
export const openObject = { type: 'object', additionalProperties: true } as const;

/** Responses with the common error answers. */
export function responses(ok: object, codes: number[] = [400, 401, 404]): Record<string, object> {
  const out: Record<string, object> = { 200: ok };
  for (const c of codes) out[c] = errorSchema;
  return out;
}
