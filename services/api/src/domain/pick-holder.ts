// A record id asked for without its source. Normally one source holds it. When a partner has
// reused another authority's id, this authority's own record answers (its own view is the
// authority on its own records); otherwise the caller must say which source it means.
import type { ViewDocument } from '@bex/view';

export type Picked = { ok: true; doc: ViewDocument } | { ok: false; sources: string[] };

export function pickHolder(docs: readonly ViewDocument[], self: string): Picked {
  const own = docs.find((d) => d.source === self);
  if (own) return { ok: true, doc: own };
  if (docs.length === 1) return { ok: true, doc: docs[0]! };
  return { ok: false, sources: docs.map((d) => d.source).sort() };
}
