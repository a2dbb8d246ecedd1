import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads a PDF the way a person or a checker would: its text, its structure and its QR code. */
export class PdfInspection {
  private readonly dir = mkdtempSync(join(tmpdir(), 'certhub-pdf-'));
  private readonly file = join(this.dir, 'certificate.pdf');

  constructor(pdf: Buffer) {
    writeFileSync(this.file, pdf);
  }

  /** The text pdftotext extracts, with line breaks and runs of spaces folded into one space. */
  text(): string {
    return execFileSync('pdftotext', [this.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }

  /** Each raster image of the file as `<width>x<height>`, from `pdfimages -list`. */
  images(): string[] {
    const list = execFileSync('pdfimages', ['-list', this.file], { encoding: 'utf8' });
    return list
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 4)
      .map((cols) => `${cols[3]}x${cols[4]}`);
  }

  /** Page count and size (points) from `pdfinfo`. */
  pages(): { count: number; width: number; height: number } {
    const info = execFileSync('pdfinfo', [this.file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    return {
      count: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
      width: Number(size?.[1]),
      height: Number(size?.[2]),
    };
  }

  /** Each word of page one with its vertical place (points from the top), from `pdftotext -bbox`. */
  words(): { text: string; yMin: number; yMax: number }[] {
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', this.file, '-'], {
      encoding: 'utf8',
    });
    return [
      ...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map(([, yMin, yMax, text]) => ({ text: text!, yMin: Number(yMin), yMax: Number(yMax) }));
  }

  /** `qpdf --check` output; throws when qpdf finds the file broken (non-zero exit). */
  qpdfCheck(): string {
    return execFileSync('qpdf', ['--check', this.file], { encoding: 'utf8' });
  }

  /**
   * The text of the QR code decoded from page one rendered at 150 dpi, as a phone camera would.
   * Only the top of the page (where the layouts put the code) is rasterised: jsQR is slow on a page.
   * The band is as wide as a landscape A4 (pdftoppm clamps it to a portrait page's width).
   */
  qrCode(): string | undefined {
    const top = ['-x', '0', '-y', '0', '-W', '1800', '-H', '600'];
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '150',
      ...top,
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      this.file,
      join(this.dir, 'page'),
    ]);
    const png = PNG.sync.read(readFileSync(join(this.dir, 'page.png')));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' })
      ?.data;
  }
}
