/** A source file as a page: its lines escaped in a numbered listing, declarations given anchors. */
export interface SourceView {
  readonly lines: readonly { readonly n: number; readonly text: string; readonly id?: string }[];
}

/** Coq declarations (Theorem, Lemma, Definition, …) get the anchor #name; TypeScript exports likewise. */
const DECLARATION = /^\s*(?:(?:Theorem|Lemma|Corollary|Definition|Fixpoint|Fact)\s+([A-Za-z_][\w']*)|export\s+(?:const|function|async function)\s+([A-Za-z_]\w*))/;

export function sourceView(text: string): SourceView {
  const seen = new Set<string>();
  const lines = text.replace(/\n$/, '').split('\n').map((line, k) => {
    const m = DECLARATION.exec(line);
    const name = m && (m[1] ?? m[2]);
    const id = name && !seen.has(name) ? name : undefined;
    if (id) seen.add(id);
    return { n: k + 1, text: line, ...(id ? { id } : {}) };
  });
  return { lines };
}
