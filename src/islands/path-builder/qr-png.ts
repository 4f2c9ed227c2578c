import { QR_MARGIN, qrModules } from '../shared/qr-svg';

/**
 * The QR code as a PNG for a slide: every slide program takes a PNG (older PowerPoint does not take SVG). Drawn
 * module by module on a canvas, 16 px a module, so a projected code stays sharp; no image is loaded, so nothing
 * asks the page's Content-Security-Policy for blob: or data: images.
 */
export const QR_PNG_MODULE_PX = 16;

export async function qrPng(text: string): Promise<Blob | undefined> {
  const qr = qrModules(text);
  if (!qr) return undefined;
  const size = (qr.count + QR_MARGIN * 2) * QR_PNG_MODULE_PX;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#000';
  for (let row = 0; row < qr.count; row++) {
    for (let col = 0; col < qr.count; col++) {
      if (qr.isDark(row, col))
        context.fillRect(
          (col + QR_MARGIN) * QR_PNG_MODULE_PX,
          (row + QR_MARGIN) * QR_PNG_MODULE_PX,
          QR_PNG_MODULE_PX,
          QR_PNG_MODULE_PX,
        );
    }
  }
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined), 'image/png'));
}
