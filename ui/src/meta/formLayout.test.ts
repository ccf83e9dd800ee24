import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../ipc/bindings/Diagnostic';
import { diagnosticsByField, formRows, guessSpec } from './formLayout';
import { readFrontMatter } from './frontMatter';

const spec = (name: string, type: 'string' | 'list' | 'bool' | 'date' = 'string') => ({ ...guessSpec(name, ''), name, type, source: 'hugo' as const });
const SCHEMA = [spec('title'), spec('date', 'date'), spec('draft', 'bool'), spec('tags', 'list'), spec('description')];

const diag = (line: number, message = 'bad'): Diagnostic => ({
  path: 'content/a.md',
  line,
  column: 1,
  severity: 'error',
  code: 'x',
  message,
  hint: '',
});

describe('form layout', () => {
  it('shows the fields present in the post in file order, the rest under "Add field"', () => {
    const block = readFrontMatter('---\ndraft: true\nTitle: 甲\nsource_name: 報導\n---\n');
    const { rows, addable } = formRows(SCHEMA, block.fields);
    expect(rows.map((row) => [row.field?.key, row.spec.name, row.spec.type])).toEqual([
      ['draft', 'draft', 'bool'],
      ['Title', 'title', 'string'],
      ['source_name', 'source_name', 'string'],
    ]);
    expect(addable.map((s) => s.name)).toEqual(['date', 'tags', 'description']);
  });

  it('maps a diagnostic to the field whose lines hold it, list items included', () => {
    const block = readFrontMatter('---\ntitle: 甲\ntags:\n  - a\n  - 1\ndate: soon\n---\nbody\n');
    const owned = diagnosticsByField([diag(2, 'short'), diag(5, 'item'), diag(6, 'date'), diag(9, 'body')], block.fields, block.endLine);
    expect(owned.get('title')?.map((d) => d.message)).toEqual(['short']);
    expect(owned.get('tags')?.map((d) => d.message)).toEqual(['item']);
    expect(owned.get('date')?.map((d) => d.message)).toEqual(['date']);
    expect([...owned.keys()]).toEqual(['title', 'tags', 'date']);
  });
});
