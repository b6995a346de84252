/**
 * Turns zod issues into editor-facing problems: the field path as written in
 * the file (`claims[2].sources[0].url`) and a message that says how to fix it.
 * Adapted from the idea of starlight's utils/error-map.ts.
 */
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

/** `['claims', 2, 'id']` → `claims[2].id` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, key) => {
      if (typeof key === 'number') return `${out}[${key}]`;
      return out ? `${out}.${String(key)}` : String(key);
    }, '') || '(top level)'
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} ${JSON.stringify(value)}`;
}

/** A zod error customizer: per-issue messages that name the fix. */
export const friendlyError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required: add it (${issue.expected})`;
      return `should be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`} but is ${describe(issue.input)}: change its value`;
    case 'invalid_value':
      return `"${String(issue.input)}" is not allowed: use one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or fix the spelling`;
    default:
      return undefined;
  }
};

/**
 * Validates `data` and returns its output or the problems found.
 * @param schema zod schema
 * @param data parsed YAML
 * @param file file name used in every problem
 */
export function parseWithProblems<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
): { data?: z.output<T>; problems: Problem[] } {
  const result = schema.safeParse(data, { error: friendlyError });
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      // unrecognized_keys reports on the parent object; name the key itself.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      return { file, field: fieldPath(path), message: issue.message };
    }),
  };
}
