/** Minimal SVG building: escaped text, a document wrapper, number formatting. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const f = (x: number): string => (Math.round(x * 100) / 100).toString();

export function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

export const text = (x: number, y: number, s: string, attrs = ''): string => `<text x="${f(x)}" y="${f(y)}" ${attrs}>${esc(s)}</text>`;
