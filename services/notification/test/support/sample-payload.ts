import { z } from 'zod';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
}

export interface SampleOptions {
  /** `full` fills optional fields too; `minimal` leaves them out, as a producer may. */
  fill: 'full' | 'minimal';
  /** Picks the n-th value of each enumeration (wrapping) and alternates booleans. */
  variant: number;
}

/** Patterns the catalogue uses besides dates, each with a value that matches it. */
const PATTERN_SAMPLES: Record<string, string> = {
  '^[a-f0-9]{64}$': 'ab'.repeat(32),
  '^\\d{9}$': '732829320',
};

/**
 * A payload built from an event's zod schema (through its JSON Schema), checked by the schema
 * itself: templates are rendered against what producers may really send, not hand-made data.
 */
export function samplePayload(schema: z.ZodType, options: SampleOptions): unknown {
  const json = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  return schema.parse(sample(json, 'payload', options));
}

/** How many variants it takes for every enumeration value of the schema to appear once. */
export function variantsOf(schema: z.ZodType): number {
  let most = 2;
  const walk = (node: JsonSchema): void => {
    most = Math.max(most, node.enum?.length ?? 0);
    Object.values(node.properties ?? {}).forEach(walk);
    if (node.items) walk(node.items);
  };
  walk(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema);
  return most;
}

function sample(node: JsonSchema, name: string, options: SampleOptions): unknown {
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[options.variant % node.enum.length];
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(node.properties ?? {})
          .filter(([key]) => options.fill === 'full' || node.required?.includes(key))
          .map(([key, child]) => [key, sample(child, key, options)]),
      );
    case 'array': {
      const length = Math.max(node.minItems ?? 0, options.fill === 'full' ? 2 : 1);
      return Array.from({ length }, (_, i) => sample(node.items ?? {}, `${name}${i + 1}`, options));
    }
    case 'string':
      return sampleString(node, name);
    case 'integer':
    case 'number':
      return Math.max(node.minimum ?? 0, 2);
    case 'boolean':
      return options.variant % 2 === 0;
    default:
      throw new Error(`${name}: no sample for JSON Schema ${JSON.stringify(node)}`);
  }
}

function sampleString(node: JsonSchema, name: string): string {
  if (node.format === 'date-time') return '2026-03-02T09:30:00.000Z';
  if (node.format === 'date') return '2026-03-16';
  if (node.format === 'email') return 'sample@example.org';
  if (node.pattern) {
    const value = PATTERN_SAMPLES[node.pattern];
    if (value === undefined) throw new Error(`${name}: add a sample for the pattern ${node.pattern}`);
    return value;
  }
  return `${name}-sample`;
}
