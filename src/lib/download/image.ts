// Chart images for download. Browser-only: styles are read from the live page.

export { saveBlob } from './save';

/** Presentation properties copied inline, since a saved SVG has none of the page's CSS. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  // Where text anchored at its start or end sits: mirrored charts set it right to left, and a
  // saved file without it drew their labels over the bars (the page's stylesheet is not there).
  'direction',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 12;
const LINE = 16;

/** One chart of a panel to save, with the caption it has on the page (if any). */
export type ChartPart = { svg: SVGSVGElement; caption: string };

/**
 * A standalone SVG document of a panel's charts, stacked, with the panel's title and what the
 * view shows above them, its notes and the sources below (a saved chart should still say what
 * it shows, what its figures mean and where they came from).
 */
export function chartSvg(
  parts: ChartPart[],
  {
    title,
    subtitle,
    source,
    notes = [],
    lang,
    dir = 'ltr',
  }: {
    title: string;
    subtitle: string;
    /** The panel's notes on what the figures mean, as the page shows them under the chart. */
    notes?: string[];
    source: string;
    lang?: string;
    dir?: 'ltr' | 'rtl';
  },
): string {
  const width = Math.max(...parts.map(({ svg }) => chartWidth(svg)));
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  // Every line around the charts (title, what the view shows, captions, notes, sources)
  // starts at the right margin in a right-to-left language, as on the page.
  const lineStart = dir === 'rtl' ? MARGIN + width : MARGIN;
  const textLine = (content: string, y: number, size: number, weight: string, fill: string) => {
    const node = text(doc, content, lineStart, y, size, weight, fill);
    if (dir === 'rtl') node.setAttribute('direction', 'rtl');
    return node;
  };
  const root = doc.documentElement;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);

  let y = MARGIN;
  for (const line of wrap(title, width, 16)) {
    y += 20;
    root.append(textLine(line, y, 16, '700', '#1b1f24'));
  }
  for (const line of subtitle ? wrap(subtitle, width, 12) : []) {
    y += LINE;
    root.append(textLine(line, y, 12, '400', '#5b6470'));
  }
  y += 10;
  for (const { svg, caption } of parts) {
    for (const line of caption ? wrap(caption, width, 13) : []) {
      y += LINE;
      root.append(textLine(line, y, 13, '600', '#1b1f24'));
    }
    if (caption) y += 4;
    const height = svg.viewBox.baseVal?.height || svg.clientHeight;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    // Against the saved file's own root: shown, and left to right.
    inlineStyles(svg, clone, { visibility: getComputedStyle(svg).visibility, direction: 'ltr' });
    const own = chartWidth(svg);
    // A chart narrower than the widest keeps to the side the lines start from.
    clone.setAttribute('x', String(dir === 'rtl' ? MARGIN + width - own : MARGIN));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(own));
    clone.setAttribute('height', String(height));
    root.append(doc.importNode(clone, true));
    y += height;
  }
  y += 6;
  // A saved chart keeps its caveats, as an embedded one does: the figures mean no more than
  // the notes say.
  for (const note of notes) {
    for (const line of wrap(note, width, 11)) {
      y += LINE;
      root.append(textLine(line, y, 11, '400', '#1b1f24'));
    }
    y += 4;
  }
  for (const line of wrap(source, width, 11)) {
    y += LINE;
    root.append(textLine(line, y, 11, '400', '#5b6470'));
  }
  const total = Math.ceil(y + MARGIN);
  const fullWidth = Math.ceil(width + 2 * MARGIN);
  root.setAttribute('xmlns', SVG_NS);
  // The titles and captions are in the page's language.
  if (lang) root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
  root.setAttribute('width', String(fullWidth));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${fullWidth} ${total}`);
  root.setAttribute('font-family', getComputedStyle(parts[0].svg).fontFamily);
  return new XMLSerializer().serializeToString(doc);
}

/** A chart's width in its own units: its viewBox's, or as laid out when it has none. */
function chartWidth(svg: SVGSVGElement): number {
  return svg.viewBox.baseVal?.width || svg.clientWidth;
}

/** A PNG of a standalone SVG document, drawn at `scale` times its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    // Encoded at once, on this thread: Chromium's toBlob (and convertToBlob on this thread)
    // encodes in the page's idle time and, when none comes, after waiting 1 s (4 s on
    // Android): 1.05 s for the Register map at 2x in headless Chromium 156 against 0.07 s
    // this way, a task that holds the page for that long (issue 24). Encoding in a worker
    // (convertToBlob there does not wait) would free the page too.
    return pngBlob(canvas.toDataURL('image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG a canvas's data: URL holds, as a Blob; throws if the canvas gave no PNG. */
function pngBlob(dataUrl: string): Blob {
  const prefix = 'data:image/png;base64,';
  // A canvas with no pixels, or one too large to encode, gives "data:,".
  if (!dataUrl.startsWith(prefix)) throw new Error('PNG encoding failed');
  const binary = atob(dataUrl.slice(prefix.length));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: 'image/png' });
}

/** Inherited properties written only where an element differs from its parent. */
const INHERITED = ['visibility', 'direction'] as const;
type Inherited = Record<(typeof INHERITED)[number], string>;

/**
 * Copies each element's computed presentation onto its clone. Visibility and direction are
 * written only where an element differs from its parent: a chart saved from a tab that is not
 * shown inherits that tab's `hidden`, which the saved picture must not, and a chart mirrored
 * on an Arabic page says `rtl` once, on its own svg.
 */
function inlineStyles(source: Element, target: Element, parent: Inherited): void {
  const computed = getComputedStyle(source);
  const own: Inherited = { visibility: computed.visibility, direction: computed.direction };
  const style = STYLE_PROPERTIES.filter(
    (name) =>
      !(INHERITED as readonly string[]).includes(name) ||
      own[name as keyof Inherited] !== parent[name as keyof Inherited],
  )
    .map((name) => `${name}:${computed.getPropertyValue(name)}`)
    .filter((declaration) => !declaration.endsWith(':'))
    .join(';');
  target.setAttribute('style', style);
  target.removeAttribute('class');
  target.removeAttribute('tabindex');
  for (let index = 0; index < source.children.length; index++) {
    inlineStyles(source.children[index], target.children[index], own);
  }
}

function text(
  doc: XMLDocument,
  content: string,
  x: number,
  y: number,
  size: number,
  weight: string,
  fill: string,
) {
  const node = doc.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-size', String(size));
  node.setAttribute('font-weight', weight);
  node.setAttribute('fill', fill);
  node.textContent = content;
  return node;
}

// Chinese, Japanese and Korean characters and full-width punctuation: about 1 em wide, and
// a line may break between any two of them (the text has no spaces to break at).
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const TOKENS =
  /\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/gu;

// Bidirectional isolates (LRI, RLI, FSI) and their end (PDI): no width of their own, nor
// have the direction marks (LRM, RLM, ALM).
const OPENS_ISOLATE = /[\u2066-\u2068]/u;
const CLOSES_ISOLATE = '\u2069';
const ZERO_WIDTH = /[\u2066-\u2069\u200e\u200f\u061c]/u;

/** About how wide `content` is at font size `size` (no fonts are at hand to measure with). */
function textWidth(content: string, size: number): number {
  let width = 0;
  for (const char of content) {
    if (ZERO_WIDTH.test(char)) continue;
    width += WIDE.test(char) ? size : size * 0.56;
  }
  return width;
}

/**
 * Each line closes the isolates still open at its end and the next opens them again: each
 * line of a saved chart is a text of its own, and an English run wrapped from one line to the
 * next was read as Arabic on the second (its ")" drawn as "(").
 */
function balanceIsolates(lines: string[]): string[] {
  const open: string[] = [];
  return lines.map((line) => {
    const reopened = open.join('') + line;
    for (const char of line) {
      if (OPENS_ISOLATE.test(char)) open.push(char);
      else if (char === CLOSES_ISOLATE) open.pop();
    }
    return reopened + CLOSES_ISOLATE.repeat(open.length);
  });
}

/** Greedy wrap of `content` into lines of at most `width` pixels at font size `size`. */
export function wrap(content: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  let space = false;
  for (const token of content.match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      space = line !== '';
      continue;
    }
    const joined = line + (space ? ' ' : '') + token;
    if (line && textWidth(joined, size) > width) {
      lines.push(line);
      line = token;
    } else {
      line = joined;
    }
    space = false;
  }
  if (line) lines.push(line);
  return balanceIsolates(lines);
}
