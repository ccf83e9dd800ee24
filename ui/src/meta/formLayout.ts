// Which fields the form shows, in which order, and which diagnostics belong to which field.
import type { Diagnostic } from '../ipc/bindings/Diagnostic';
import type { FieldSpec, FieldType } from '../ipc/types';
import type { FmField } from './frontMatter';

export interface FormRow {
  spec: FieldSpec;
  /** Present in the post; absent for a field added but not yet given a value. */
  field: FmField | null;
}

/** A spec for a key the schema does not know, shaped after its value. */
export function guessSpec(key: string, value: unknown): FieldSpec {
  const type: FieldType = Array.isArray(value)
    ? 'list'
    : typeof value === 'boolean'
      ? 'bool'
      : typeof value === 'number'
        ? 'int'
        : typeof value === 'string'
          ? 'string'
          : 'any';
  return {
    name: key,
    type,
    item: null,
    source: 'inferred',
    required: false,
    min_length: null,
    max_length: null,
    pattern: null,
    values: [],
    default: null,
    ref: null,
    autocomplete: false,
    taxonomy: false,
  };
}

const lower = (s: string): string => s.toLowerCase();

/** The post's fields first, in file order; then the rest of the schema, for the "Add field" menu. */
export function formRows(schema: readonly FieldSpec[], present: readonly FmField[]): { rows: FormRow[]; addable: FieldSpec[] } {
  const byName = new Map(schema.map((spec) => [lower(spec.name), spec]));
  const rows = present.map((field) => ({ spec: byName.get(lower(field.key)) ?? guessSpec(field.key, field.value), field }));
  const used = new Set(present.map((field) => lower(field.key)));
  return { rows, addable: schema.filter((spec) => !used.has(lower(spec.name))) };
}

/**
 * Diagnostics by field key: a field owns the lines from its key's line up to the next key's
 * (a list's items, a block scalar), and the block's last field up to the closing `---`.
 */
export function diagnosticsByField(
  diagnostics: readonly Diagnostic[],
  fields: readonly FmField[],
  endLine: number,
): Map<string, Diagnostic[]> {
  const owned = new Map<string, Diagnostic[]>();
  const sorted = [...fields].sort((a, b) => a.line - b.line);
  for (const d of diagnostics) {
    const at = sorted.findIndex((field, i) => {
      const next = sorted[i + 1]?.line ?? endLine;
      return d.line >= field.line && d.line < next;
    });
    if (at < 0) continue;
    const key = sorted[at].key;
    owned.set(key, [...(owned.get(key) ?? []), d]);
  }
  return owned;
}

/** The field key on `line`, if a field owns it. */
export function fieldAtLine(fields: readonly FmField[], line: number, endLine: number): string | null {
  const map = diagnosticsByField([{ line } as Diagnostic], fields, endLine);
  return map.keys().next().value ?? null;
}
