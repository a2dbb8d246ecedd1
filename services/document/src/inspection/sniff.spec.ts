import { minimalDocx } from '../../test/support/zip-builder';
import { sniff } from './sniff';

const ole2 = (stream: string) =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(1000),
    Buffer.from(stream, 'utf16le'),
  ]);

describe(sniff.name, () => {
  it.each([
    ['pdf', Buffer.from('%PDF-1.4\n%âãÏÓ')],
    ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['doc', ole2('WordDocument')],
    ['xls', ole2('Workbook')],
  ])('recognises %s from its first bytes', (kind, head) => {
    expect(sniff(head)).toEqual({ family: 'plain', kind });
  });

  it('sends every zip, Office ones included, to the zip inspection', () => {
    expect(sniff(minimalDocx())).toEqual({ family: 'zip' });
  });

  it.each([
    ['text claiming to be a PDF', Buffer.from('hello %PDF-1.4')],
    ['an executable', Buffer.from('MZ\x90\x00\x03')],
    ['an OLE2 file of another application', ole2('PowerPoint Document')],
    ['an empty head', Buffer.alloc(0)],
  ])('does not recognise %s', (_, head) => {
    expect(sniff(head)).toEqual({ family: 'unknown' });
  });
});
