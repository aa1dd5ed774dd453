import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // 'use cache' for the public reads (modules/public-site/cached.ts) without Cache Components:
  // pages stay dynamic, so a missing interview is a real 404 and never a soft one in Suspense.
  experimental: { useCache: true },
  // The 'use cache' store is an LRU bounded by bytes; 10,000 interviews evict, not grow.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["@libsql/client", "libsql", "pg", "@node-rs/argon2", "sharp"],
  images: {
    // Portraits are served by our own media route; next/image resizes them.
    localPatterns: [{ pathname: "/api/media/**" }],
    formats: ["image/avif", "image/webp"],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
