import qrcode from 'qrcode-generator';

/** The quiet zone scanners need around a QR code, in modules. */
export const QR_MARGIN = 4;

/**
 * The QR code of `text`, or undefined when the text is too long for the largest QR code. Error correction "M"
 * survives a projector's glare and a phone at an angle. The page's SVG and the PNG for a slide both draw this.
 */
export function qrModules(text: string): { count: number; isDark: (row: number, col: number) => boolean } | undefined {
  const qr = qrcode(0, 'M');
  try {
    qr.addData(text, 'Byte');
    qr.make();
  } catch {
    return undefined;
  }
  return { count: qr.getModuleCount(), isDark: (row, col) => qr.isDark(row, col) };
}

/** The QR code as an SVG element built node by node (no markup strings), or undefined when the text is too long. */
export function qrSvg(text: string, label: string): SVGSVGElement | undefined {
  const qr = qrModules(text);
  if (!qr) return undefined;
  const { count } = qr;
  const margin = QR_MARGIN;
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) if (qr.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
  }
  const size = count + margin * 2;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr-code');
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
