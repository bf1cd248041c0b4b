// The Next.js example (app router). Type-checking is our own step (tsc -p examples/next), so `next build` only
// builds; nothing is sent anywhere (NEXT_TELEMETRY_DISABLED=1 in scripts/examples.mjs).
/** @type {import('next').NextConfig} */
const nextConfig = {
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: import.meta.dirname + '/../..' },
};

export default nextConfig;
