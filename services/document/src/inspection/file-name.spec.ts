import { DomainError } from '@certhub/platform';
import { cleanFileName, contentDisposition, nameForKind, parseRange } from './file-name';

describe(cleanFileName.name, () => {
  it('keeps UTF-8 names and drops folders and control characters', () => {
    expect(cleanFileName('C:\\Users\\x\\Relevé n°1 été.pdf', 'd')).toBe('Relevé n°1 été.pdf');
    expect(cleanFileName('../../etc/passwd', 'd')).toBe('passwd');
    expect(cleanFileName('a\r\nSet-Cookie: x=1.pdf', 'd')).toBe('aSet-Cookie: x=1.pdf');
    expect(cleanFileName('  ', 'fallback.pdf')).toBe('fallback.pdf');
    expect(cleanFileName(undefined, 'fallback.pdf')).toBe('fallback.pdf');
  });

  it('removes bidi controls, so the name reads as it ends', () => {
    expect(cleanFileName('facture\u202Efdp.exe', 'd')).toBe('facturefdp.exe');
    expect(cleanFileName('\u2066a\u2069\u200Fb\u202A.pdf', 'd')).toBe('ab.pdf');
  });
});

describe(contentDisposition.name, () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('Relevé "final" 100%.pdf')).toBe(
      `attachment; filename="Relev_ _final_ 100_.pdf"; filename*=UTF-8''Relev%C3%A9%20%22final%22%20100%25.pdf`,
    );
  });

  it('cannot be used to inject a header', () => {
    const header = contentDisposition('x.pdf\r\nSet-Cookie: session=stolen');
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe(parseRange.name, () => {
  it.each([
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=95-200', { start: 95, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=0-1,5-6', undefined],
    ['items=0-1', undefined],
    ['bytes=9-3', undefined],
  ])('%s of 100 bytes → %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});

describe(nameForKind.name, () => {
  it("keeps a name whose extension is the content's, in any case, and adds one when missing", () => {
    expect(nameForKind('Rapport.PDF', 'pdf')).toBe('Rapport.PDF');
    expect(nameForKind('photo.jpg', 'jpeg')).toBe('photo.jpg');
    expect(nameForKind('photo.jpeg', 'jpeg')).toBe('photo.jpeg');
    expect(nameForKind('statuts', 'pdf')).toBe('statuts.pdf');
    expect(nameForKind('.profile', 'pdf')).toBe('.profile.pdf');
  });

  it.each([
    ['setup.exe', 'pdf'],
    ['page.html', 'pdf'],
    ['budget.xls', 'xlsx'],
    ['archive.zip', 'docx'],
  ] as const)('refuses %s whose content is %s (415)', (name, kind) => {
    const error = (() => {
      try {
        return nameForKind(name, kind);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('unsupported_media_type');
    expect((error as DomainError).message).toMatch(
      new RegExp(`is ${kind.toUpperCase()} but its name ends in \\.`),
    );
  });
});
