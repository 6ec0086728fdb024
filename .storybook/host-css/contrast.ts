// WCAG contrast from computed colours. Any CSS colour syntax is resolved by painting it on a canvas,
// so oklch() or color-mix() from a host sheet are read the same way as rgb().

export type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | null = null;

/** A CSS colour as 0–255 channels and a 0–1 alpha. */
export function parseColor(color: string): Rgba {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas to resolve colours');
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

/** The opaque colour behind an element: its own and its ancestors' backgrounds, over a white canvas. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const layer = parseColor(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface ContrastReading {
  label: string;
  foreground: Rgba;
  background: Rgba;
  ratio: number;
}

/** The text colour of `element` against what is behind it. */
export function readContrast(element: HTMLElement): ContrastReading {
  const background = backgroundBehind(element);
  const foreground = over(parseColor(getComputedStyle(element).color), background);
  const label = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40) || element.outerHTML.slice(0, 60);
  return { label, foreground, background, ratio: contrastRatio(foreground, background) };
}

export const rgb = ([r, g, b]: Rgba) => `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;
