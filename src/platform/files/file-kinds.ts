/**
 * The kinds of file the platform accepts, each known by the first bytes of its content (its
 * signature), never by the name or the type a browser declares.
 */
export const fileKinds = {
  pdf: {
    mediaType: 'application/pdf',
    label: 'PDF',
    extensions: ['pdf'],
    signature: Buffer.from('%PDF-', 'latin1'),
  },
  jpeg: {
    mediaType: 'image/jpeg',
    label: 'JPEG',
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    signature: Buffer.from([0xff, 0xd8, 0xff]),
  },
  png: {
    mediaType: 'image/png',
    label: 'PNG',
    extensions: ['png'],
    signature: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
} as const;

export type FileKind = keyof typeof fileKinds;

/** The kind the content says it is, by its signature; undefined for anything else. */
export function sniffKind(bytes: Uint8Array): FileKind | undefined {
  for (const [kind, { signature }] of Object.entries(fileKinds)) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) {
      return kind as FileKind;
    }
  }
  return undefined;
}

/** The kind a name's extension claims (`scan.PDF` → pdf); undefined for an unknown one. */
export function kindOfExtension(extension: string): FileKind | undefined {
  const lower = extension.toLowerCase();
  for (const [kind, { extensions }] of Object.entries(fileKinds)) {
    if ((extensions as readonly string[]).includes(lower)) return kind as FileKind;
  }
  return undefined;
}

/**
 * A file name as given by a browser, made safe to keep: the last path segment only (old browsers
 * send `C:\fakepath\scan.pdf`), no control characters, trimmed, at most 200 characters.
 */
export function cleanFileName(name: string | undefined): string {
  const last = (name ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return [...last.replace(/[\u0000-\u001f\u007f]/g, '').trim()].slice(0, 200).join('');
}

/** The extension of a name, without the dot, as typed ('' for none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1);
}
