import type { Page } from 'playwright-core';

/** A real JPEG photo-like image of the given size, drawn with a canvas in the page. */
export async function makeJpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    ({ width, height }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d')!;
      const g = ctx.createLinearGradient(0, 0, width, height);
      g.addColorStop(0, '#0f766e');
      g.addColorStop(1, '#fde68a');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, width, height);
      ctx.fillStyle = '#1f2933';
      ctx.font = `${Math.round(height / 8)}px sans-serif`;
      ctx.fillText('Kegiatan panti', width / 10, height / 2);
      return canvas.toDataURL('image/jpeg', 0.92).split(',')[1]!;
    },
    { width, height },
  );
  return Buffer.from(base64, 'base64');
}
