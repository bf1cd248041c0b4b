import { expect } from '@open-wc/testing';

/** The whole single-file CDN bundle (every element, the SDK, Lit) must stay under this, gzip. kB = 1000 bytes. */
const BUDGET_GZIP_BYTES = 40_000;
const CDN = '/packages/elements/dist/cdn/otkit.min.js';

/** Gzip size of `bytes` as the browser compresses it (zlib's default level; `npm run size` reports level 9). */
async function gzipSize(bytes: Uint8Array<ArrayBuffer>): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('CDN bundle size', () => {
  it(`stays under ${BUDGET_GZIP_BYTES} bytes gzip`, async () => {
    const response = await fetch(CDN);
    expect(response.ok, `${CDN} not found: run \`npm run build\``).to.equal(true);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A truncated or empty build must not pass as "small": the bundle holds Lit and registers ot-provider.
    const text = new TextDecoder().decode(bytes);
    expect(text).to.contain('ot-provider');
    expect(bytes.byteLength).to.be.greaterThan(20_000);

    const gzip = await gzipSize(bytes);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    expect(gzip, `CDN bundle is ${gzip} bytes gzip (${kb(gzip)}, ${kb(bytes.byteLength)} minified); budget ${BUDGET_GZIP_BYTES} bytes`).to.be.below(
      BUDGET_GZIP_BYTES,
    );
  });
});
