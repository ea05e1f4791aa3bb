import type { z } from 'zod';
import { standardFileSchema, type Item, type StandardFile } from './schema';

export interface StandardProblem {
  file: string;
  itemId?: string;
  field: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; standard: StandardFile }
  | { ok: false; problems: StandardProblem[] };

/** Walks a zod path into the raw data to find the id of the item (or component/aspect) it sits in. */
function locate(raw: unknown, path: PropertyKey[]): { itemId?: string; field: string } {
  let node: unknown = raw;
  let itemId: string | undefined;
  let fieldStart = 0;
  path.forEach((key, i) => {
    if (node && typeof node === 'object') {
      node = (node as Record<PropertyKey, unknown>)[key as string];
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && !Array.isArray(node)) {
        itemId = id;
        fieldStart = i + 1;
      }
    }
  });
  const field = path.slice(fieldStart).map(String).join('.') || '(seluruh objek)';
  return { itemId, field };
}

function crossChecks(file: string, standard: StandardFile): StandardProblem[] {
  const problems: StandardProblem[] = [];
  const seen = new Set<string>();
  const retired = new Set(standard.retired.map((r) => r.id));
  for (const aspect of standard.aspects) {
    for (const component of aspect.components) {
      if (!component.id.startsWith(`${aspect.id}-`)) {
        problems.push({ file, itemId: component.id, field: 'id', message: `id komponen harus diawali "${aspect.id}-"` });
      }
      for (const item of component.items) {
        const check = (cond: boolean, field: string, message: string) => {
          if (!cond) problems.push({ file, itemId: item.id, field, message });
        };
        check(item.id.startsWith(`${component.id}.`), 'id', `id butir harus diawali "${component.id}."`);
        check(!seen.has(item.id), 'id', 'id butir dipakai lebih dari sekali');
        check(!retired.has(item.id), 'id', 'id butir sudah dipensiunkan dan tidak boleh dipakai lagi');
        check(!(item.critical && item.naAllowed), 'naAllowed', 'butir kritis tidak boleh N/A');
        seen.add(item.id);
      }
    }
  }
  return problems;
}

export function validateStandardFile(file: string, raw: unknown): ValidationResult {
  const parsed = standardFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue: z.core.$ZodIssue) => ({
        file,
        ...locate(raw, issue.path),
        message: issue.message,
      })),
    };
  }
  const problems = crossChecks(file, parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, standard: parsed.data };
}

export function formatProblem(p: StandardProblem): string {
  return `${p.file}${p.itemId ? ` [${p.itemId}]` : ''} ${p.field}: ${p.message}`;
}

export function allItems(standard: Pick<StandardFile, 'aspects'>): Item[] {
  return standard.aspects.flatMap((a) => a.components.flatMap((c) => c.items));
}
