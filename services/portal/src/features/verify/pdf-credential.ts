const COMPACT_JWS = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * The verifiable credential a certhub PDF carries as an attached file (`<number>.vc.jwt`), read in
 * the browser: the file never leaves it. pdf-lib is loaded only when a PDF is dropped. Undefined
 * when the PDF has no attachment that is a compact JWS.
 */
export async function credentialInPdf(file: Blob): Promise<string | undefined> {
  const { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } =
    await import('pdf-lib');
  const doc = await PDFDocument.load(new Uint8Array(await file.arrayBuffer()), { updateMetadata: false });
  const files = doc.catalog
    .lookupMaybe(PDFName.of('Names'), PDFDict)
    ?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
    ?.lookupMaybe(PDFName.of('Names'), PDFArray);
  // A name tree's leaf: [name₁, file spec₁, name₂, file spec₂, …].
  for (let i = 1; files && i < files.size(); i += 2) {
    const stream = files
      .lookupMaybe(i, PDFDict)
      ?.lookupMaybe(PDFName.of('EF'), PDFDict)
      ?.lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) continue;
    const text = new TextDecoder().decode(decodePDFRawStream(stream).decode()).trim();
    if (COMPACT_JWS.test(text)) return text;
  }
  return undefined;
}

/** What a visitor pasted or dropped, as a credential: a vc+jwt as text, or a PDF carrying one. */
export async function credentialFrom(input: Blob | string): Promise<string | undefined> {
  if (typeof input === 'string') return COMPACT_JWS.test(input.trim()) ? input.trim() : undefined;
  const head = new TextDecoder().decode(new Uint8Array(await input.slice(0, 5).arrayBuffer()));
  if (head === '%PDF-') return credentialInPdf(input);
  return credentialFrom(await input.text());
}
