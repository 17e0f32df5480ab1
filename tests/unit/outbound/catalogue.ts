import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ProviderSchema, type Provider, type ProviderSlug } from '../../../supabase/functions/_shared/providers/provider.schema.ts';

// The tests read the seeded catalogue itself, so a renamed credential field or changed
// health check in the migration breaks them instead of drifting silently.
const MIGRATION = fileURLToPath(
  new URL('../../../supabase/migrations/20261125000400_provider_catalogue_data.sql', import.meta.url),
);

type Token = { kind: 'string'; value: string } | { kind: 'word'; value: string } | { kind: 'punct'; value: string };

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (/\s/.test(ch)) i++;
    else if (sql.startsWith('--', i)) i = sql.indexOf('\n', i) === -1 ? sql.length : sql.indexOf('\n', i);
    else if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (sql[i] === "'" && sql[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (sql[i] === "'") break;
        else value += sql[i++];
      }
      i++;
      tokens.push({ kind: 'string', value });
    } else if (sql.startsWith('::', i)) {
      tokens.push({ kind: 'punct', value: '::' });
      i += 2;
    } else if (/[A-Za-z_]/.test(ch)) {
      const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'word', value: word.toLowerCase() });
      i += word.length;
    } else {
      tokens.push({ kind: 'punct', value: ch });
      i++;
    }
  }
  return tokens;
}

const COLUMNS = [
  'slug', 'name', 'category', 'description', 'auth_scheme', 'credential_fields',
  'sandbox_base_url', 'production_base_url', 'health_check', 'webhook_signature', 'rate_limits', 'docs_url',
] as const;

function loadCatalogue(): Map<ProviderSlug, Provider> {
  const sql = readFileSync(MIGRATION, 'utf8');
  const start = sql.indexOf('insert into public.integration_providers');
  const tokens = tokenize(sql.slice(start, sql.indexOf('on conflict (slug)', start)));
  let i = tokens.findIndex((t) => t.kind === 'word' && t.value === 'values') + 1;
  const providers = new Map<ProviderSlug, Provider>();
  while (i < tokens.length) {
    if (tokens[i]?.value !== '(') break;
    i++;
    const values: unknown[] = [];
    while (tokens[i]?.value !== ')') {
      const token = tokens[i++]!;
      if (token.kind === 'string' && tokens[i]?.value === '::') {
        i += 2; // ::jsonb
        values.push(JSON.parse(token.value));
      } else if (token.kind === 'string') values.push(token.value);
      else if (token.kind === 'word' && token.value === 'null') values.push(null);
      else if (token.value !== ',') throw new Error(`unexpected token ${token.value}`);
    }
    i++;
    if (tokens[i]?.value === ',') i++;
    const row = Object.fromEntries(COLUMNS.map((c, k) => [c, values[k]]));
    const provider = ProviderSchema.parse({
      ...row, id: crypto.randomUUID(), is_active: true, created_at: new Date(), updated_at: new Date(),
    });
    providers.set(provider.slug, provider);
  }
  return providers;
}

const catalogue = loadCatalogue();

export function provider(slug: ProviderSlug): Provider {
  const found = catalogue.get(slug);
  if (!found) throw new Error(`provider ${slug} not in the seeded catalogue`);
  return found;
}

export const catalogueSize = catalogue.size;
