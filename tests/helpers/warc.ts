/** Builds small WARC files for tests with warcio's own serializer. */
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcPage {
  url: string;
  html: string;
}

async function* body(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

export async function warcBytes(pages: WarcPage[], gzip = false): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const page of pages) {
    const record = WARCRecord.create(
      {
        url: page.url,
        type: 'response',
        warcVersion: 'WARC/1.1',
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
      },
      body(page.html),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
