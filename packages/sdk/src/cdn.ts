/**
 * Entry of the SDK's single-file CDN bundle (packages/elements/dist/cdn/otkit-sdk.min.js): every export of
 * @otkit/sdk and of @otkit/sdk/obf, for pages that script data without a bundler.
 */
export * from './index.js';
export * from './obf.js';
