// The frontmatter contract. Unknown and missing fields are errors, so a typo
// (`takeaway:`) fails the build instead of silently dropping content.
import { z } from 'zod';
import { SCENARIOS } from '@/sandbox/scenarios';
import { LessonError, type LessonErrorCode } from './errors';
import { LANGUAGE_IDS } from './languages';
import { tagsSchema } from './tags';
import { LEVELS } from './types';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug like "retry-with-backoff"');
const text = z.string().trim().min(1, 'must not be empty');

export const frontmatterSchema = z.strictObject({
  title: text.max(100, 'at most 100 characters'),
  summary: text.max(200, 'at most 200 characters'),
  language: z.enum(LANGUAGE_IDS),
  level: z.enum(LEVELS),
  tags: tagsSchema,
  takeaways: z.tuple([text, text, text]),
  related: z.array(slug),
  sandbox: z
    .string()
    .refine((name) => SCENARIOS.some((s) => s.name === name), {
      error: (issue) =>
        `no scenario ${JSON.stringify(issue.input)} in sandbox/scenarios.ts (known: ${SCENARIOS.map((s) => s.name).join(', ')})`,
    })
    .optional(),
  /** Lines of the first file for the card's code preview and card image (default: step 1's lit lines). */
  preview: text.max(200, 'at most 200 characters').optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** A course file (`content/<slug>.course.yaml`): its lessons in reading order. */
export const courseSchema = z.strictObject({
  title: text.max(100, 'at most 100 characters'),
  summary: text.max(200, 'at most 200 characters'),
  level: z.enum(LEVELS),
  lessons: z.array(slug),
});

export type CourseData = z.infer<typeof courseSchema>;

type Issue = z.core.$ZodIssue;

/** Validates parsed YAML; every problem is listed in one message, in field order. */
export function validateFrontmatter(data: unknown): Frontmatter {
  return validateAgainst(frontmatterSchema, data, 'lesson');
}

export function validateCourse(data: unknown): CourseData {
  return validateAgainst(courseSchema, data, 'course');
}

function validateAgainst<S extends z.ZodObject>(schema: S, data: unknown, noun: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields = Object.keys(schema.shape);
  const rank = (issue: Issue) => (issue.path.length === 0 ? -1 : fields.indexOf(String(issue.path[0])));
  const issues = [...result.error.issues].sort((a, b) => rank(a) - rank(b));
  const first = issues[0] as Issue;
  throw new LessonError(issueCode(first, data), issues.map((issue) => describe(issue, data, fields, noun)).join('; '));
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

function fieldName(path: PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function issueCode(issue: Issue, data: unknown): LessonErrorCode {
  if (issue.code === 'unrecognized_keys') return 'unknown-field';
  if (issue.path.length === 1 && valueAt(data, issue.path) === undefined) return 'missing-field';
  if (issue.path[0] === 'takeaways' && Array.isArray(valueAt(data, issue.path))) return 'takeaways-count';
  if (issue.path[0] === 'language' && issue.path.length === 1) return 'unknown-language';
  return 'invalid-field';
}

function describe(issue: Issue, data: unknown, fields: string[], noun: string): string {
  const name = fieldName(issue.path);
  const value = valueAt(data, issue.path);
  switch (issueCode(issue, data)) {
    case 'unknown-field': {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      return `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')} (allowed: ${fields.join(', ')})`;
    }
    case 'missing-field':
      return `${name}: missing (every ${noun} needs it)`;
    case 'takeaways-count':
      return `takeaways: expected exactly 3, got ${(value as unknown[]).length}`;
    case 'unknown-language':
      return `language: ${JSON.stringify(value)} is not one we highlight (one of: ${LANGUAGE_IDS.join(', ')})`;
    default:
      if (issue.code === 'invalid_value') {
        return `${name}: expected one of ${issue.values.join(', ')}, got ${JSON.stringify(value)}`;
      }
      return `${name}: ${issue.message}`;
  }
}
