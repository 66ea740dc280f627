// Bytes → text with the charset the server or the document declares: the Content-Type header first,
// then a byte-order mark, then the XML declaration or an HTML <meta>; UTF-8 when nothing says.
const SNIFF_BYTES = 1024;

/** The charset label declared for these bytes, lower-cased, or undefined when nothing declares one. */
export function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  if (header) return header[1]!.toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  // Declarations are ASCII, so any single-byte reading of the head finds them.
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  return undefined;
}

/** Decode with the declared charset (ISO-8859-1, windows-1252, UTF-16 …); an unknown label falls back to UTF-8. */
export function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  const label = declaredCharset(bytes, contentType) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
