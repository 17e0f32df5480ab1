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
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
};

export default nextConfig;
