import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The test stack builds into its own folder so tests never disturb a running `npm start`.
  distDir: process.env.HUB_NEXT_DIST_DIR || '.next',
  // postgres.js opens raw sockets; keep it a plain Node require instead of bundling it.
  serverExternalPackages: ['postgres'],
  // The build type-checks the dashboard only; tests, scripts and functions are checked by
  // `npm run typecheck`, so a test file can never break the dashboard build.
  typescript: { tsconfigPath: 'tsconfig.next.json' },
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
};

export default nextConfig;
