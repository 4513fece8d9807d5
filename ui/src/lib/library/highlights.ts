// The reader's highlights: an article body cut into paragraphs that know where they sit in
// the body, and the extracted items (document mentions, directive sentences, event
// sentences) laid over each paragraph as a tree of nested pieces.
//
// Spans from the backend count Unicode code points (Rust `char`s) of `Article.body`, not
// UTF-16 units: "📌" is one character there and two here. Everything below works in code
// points and only ever cuts the body where a paragraph starts or ends.

import type { ArticleExtraction, DocumentRef, LibraryDirective, LibraryEvent } from '../api';
import type { Piece } from '../shared/format';

/** One paragraph: its text, and where it is in the body in code points (`end` exclusive). */
export type Para = { text: string; start: number; end: number };

const SEPARATOR = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*/g;
const LEADING = /^\s+/u;
const TRAILING = /\s+$/u;

/**
 * The body split on blank lines into trimmed, non-empty paragraphs (single newlines stay
 * inside one), each with its code-point offsets in the body.
 */
export function paragraphSpans(body: string): Para[] {
  // cp[i] = how many code points come before UTF-16 index i.
  const cp = new Uint32Array(body.length + 1);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    cp[i] = n;
    const c = body.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
      const d = body.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp[i + 1] = n;
        i++;
      }
    }
    n++;
  }
  cp[body.length] = n;

  const out: Para[] = [];
  const push = (from: number, to: number) => {
    const raw = body.slice(from, to);
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const trail = TRAILING.exec(raw)?.[0].length ?? 0;
    if (lead >= raw.length) return;
    const s = from + lead;
    const e = to - trail;
    out.push({ text: body.slice(s, e), start: cp[s] ?? 0, end: cp[e] ?? 0 });
  };
  let at = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(body); m; m = SEPARATOR.exec(body)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, body.length);
  return out;
}

// ---- Highlight nodes -------------------------------------------------------------------

export type HlKind = 'doc' | 'dir' | 'event';

/** Everything extracted at one exact span of the text. */
export type HlNode = {
  /** "start-end", unique within an article. */
  key: string;
  start: number;
  end: number;
  directives: LibraryDirective[];
  events: LibraryEvent[];
  docs: DocumentRef[];
};

export function nodeKinds(n: HlNode): HlKind[] {
  const k: HlKind[] = [];
  if (n.docs.length > 0) k.push('doc');
  if (n.directives.length > 0) k.push('dir');
  if (n.events.length > 0) k.push('event');
  return k;
}

/** A sentence (directive or event) is laid outside a mention when both start together. */
function rank(n: HlNode): number {
  return n.directives.length > 0 || n.events.length > 0 ? 0 : 1;
}

/**
 * The highlight nodes of an article: items with the same span share one node (two
 * directives split from one sentence, a directive sentence that also reports an event).
 * `show` leaves a kind out (the legend's toggles). Spans outside the body are dropped.
 */
export function highlightNodes(
  ex: ArticleExtraction | null,
  articleId: number,
  bodyLength: number,
  show: Record<HlKind, boolean> = { doc: true, dir: true, event: true },
): HlNode[] {
  if (!ex) return [];
  const nodes = new Map<string, HlNode>();
  const at = (start: number, end: number): HlNode | null => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > bodyLength) {
      return null;
    }
    const key = `${start}-${end}`;
    let n = nodes.get(key);
    if (!n) {
      n = { key, start, end, directives: [], events: [], docs: [] };
      nodes.set(key, n);
    }
    return n;
  };
  if (show.doc) {
    for (const m of ex.mentions) {
      const n = at(m.span.start, m.span.end);
      if (n && !n.docs.some((d) => d.id === m.document.id)) n.docs.push(m.document);
    }
  }
  if (show.dir) {
    for (const d of ex.directives) {
      if (d.state === 'rejected') continue;
      at(d.span.start, d.span.end)?.directives.push(d);
    }
  }
  if (show.event) {
    for (const e of ex.events) {
      for (const s of e.sources) {
        if (s.articleId !== articleId) continue;
        const n = at(s.span.start, s.span.end);
        if (n && !n.events.includes(e)) n.events.push(e);
      }
    }
  }
  return [...nodes.values()].sort(
    (a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b),
  );
}

// ---- Laying nodes over a paragraph -----------------------------------------------------

/** Plain text; `hit` pieces match the reader's search query. */
export type TextPiece = { kind: 'text'; segments: Piece[] };
/** A highlighted stretch; `first` is the piece where its node starts (the focus stop). */
export type NodePiece = { kind: 'node'; node: HlNode; first: boolean; children: LaidPiece[] };
export type LaidPiece = TextPiece | NodePiece;

type Part = { node: HlNode; s: number; e: number };

/**
 * The paragraph as nested pieces. Overlapping items nest (a mention inside a directive
 * sentence); one that crosses the end of the item around it is cut in two, both parts
 * belonging to the same node. `firsts` collects nodes already started (across paragraphs)
 * so that each node has exactly one first piece. `hits` marks search matches per code point.
 */
export function layParagraph(
  para: Para,
  nodes: readonly HlNode[],
  firsts: Set<string>,
  hits: readonly boolean[] | null = null,
): LaidPiece[] {
  const chars = Array.from(para.text);
  const queue: Part[] = [];
  for (const n of nodes) {
    const s = Math.max(n.start, para.start);
    const e = Math.min(n.end, para.end);
    if (e > s) queue.push({ node: n, s, e });
  }
  const byOrder = (a: Part, b: Part) => a.s - b.s || b.e - a.e || rank(a.node) - rank(b.node);
  queue.sort(byOrder);

  type Frame = { children: LaidPiece[]; end: number };
  const root: Frame = { children: [], end: para.end };
  const stack: Frame[] = [root];
  let pos = para.start;
  const top = () => stack[stack.length - 1] ?? root;

  const text = (upto: number) => {
    if (upto <= pos) return;
    const a = pos - para.start;
    const b = upto - para.start;
    top().children.push({ kind: 'text', segments: segmentsOf(chars, hits, a, b) });
    pos = upto;
  };

  while (queue.length > 0) {
    const part = queue.shift() as Part;
    while (stack.length > 1 && top().end <= part.s) {
      text(top().end);
      stack.pop();
    }
    text(part.s);
    const limit = top().end;
    if (part.e > limit) {
      // Crosses the end of the item around it: finish inside, continue after it.
      const rest: Part = { node: part.node, s: limit, e: part.e };
      const i = queue.findIndex((q) => byOrder(rest, q) < 0);
      if (i < 0) queue.push(rest);
      else queue.splice(i, 0, rest);
      part.e = limit;
    }
    if (part.e <= part.s) continue;
    const first = !firsts.has(part.node.key);
    firsts.add(part.node.key);
    const piece: NodePiece = { kind: 'node', node: part.node, first, children: [] };
    top().children.push(piece);
    stack.push({ children: piece.children, end: part.e });
  }
  while (stack.length > 1) {
    text(top().end);
    stack.pop();
  }
  text(para.end);
  return root.children;
}

function segmentsOf(chars: string[], hits: readonly boolean[] | null, a: number, b: number): Piece[] {
  if (!hits) return [{ text: chars.slice(a, b).join(''), hit: false }];
  const out: Piece[] = [];
  for (let i = a; i < b; i++) {
    const hit = hits[i] ?? false;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += chars[i] ?? '';
    else out.push({ text: chars[i] ?? '', hit });
  }
  return out;
}

/** Search-match flags per code point, from `highlight()`'s pieces. */
export function hitMask(pieces: readonly Piece[]): boolean[] {
  const mask: boolean[] = [];
  for (const p of pieces) {
    const n = Array.from(p.text).length;
    for (let i = 0; i < n; i++) mask.push(p.hit);
  }
  return mask;
}

/** The code points `span` of `body` (never `body.slice`, which counts UTF-16 units). */
export function sliceChars(body: string, start: number, end: number): string {
  return Array.from(body).slice(start, end).join('');
}
