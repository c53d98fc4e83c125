// Chart images for download. Browser-only: styles are read from the live page.

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
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_BAND = 34;
const SOURCE_LINE = 16;

/**
 * A standalone SVG document of the chart `svg`, with the chart's title above it and its
 * sources below (a saved chart should still say where its figures came from).
 */
export function chartSvg(svg: SVGSVGElement, title: string, source: string): string {
  const width = svg.viewBox.baseVal?.width || svg.clientWidth;
  const height = svg.viewBox.baseVal?.height || svg.clientHeight;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.removeAttribute('class');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(TITLE_BAND));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));

  const sourceLines = wrap(source, Math.max(40, Math.floor(width / 6.2)));
  const total = TITLE_BAND + height + 12 + sourceLines.length * SOURCE_LINE;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of [
    ['width', '100%'],
    ['height', '100%'],
    ['fill', '#ffffff'],
  ]) {
    background.setAttribute(name, value);
  }
  root.append(background, text(doc, title, 0, 20, 16, '700', '#1b1f24'));
  root.append(doc.importNode(clone, true));
  sourceLines.forEach((line, index) => {
    const y = TITLE_BAND + height + 12 + (index + 0.75) * SOURCE_LINE;
    root.append(text(doc, line, 0, y, 11, '400', '#5b6470'));
  });
  return new XMLSerializer().serializeToString(doc);
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
    return await new Promise((done, fail) =>
      canvas.toBlob(
        (blob) => (blob ? done(blob) : fail(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`)
    .filter((declaration) => !declaration.endsWith(':'))
    .join(';');
  target.setAttribute('style', style);
  target.removeAttribute('class');
  target.removeAttribute('tabindex');
  for (let index = 0; index < source.children.length; index++) {
    inlineStyles(source.children[index], target.children[index]);
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

/** Greedy word wrap at `limit` characters. */
function wrap(content: string, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Hands `blob` to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
