/** The demo login that supabase/seed.sql creates (local only) and `npm start` prints. */
export const DEMO_ADMIN = { email: 'admin@alkhayyat.ae', password: 'Khayyat-Demo-2026' } as const;
export const DEMO_VIEWER = { email: 'viewer@alkhayyat.ae', password: 'Khayyat-Viewer-2026' } as const;
