import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/domain/bundle/canonical';
import { sha256Hex } from '../../../../src/domain/bundle/integrity';
import { parseBundle } from '../../../../src/domain/bundle/parse';
import { normaliseInstitution } from '../../../../src/data/normalise';
import { sampleBundle } from './sample';

/**
 * A file from a newer app carries fields this app does not know. It must not be called damaged (the code is
 * checked over the raw content), and what it carries is kept, so nothing is lost on the way through this app.
 */
async function sealAsNewerApp(): Promise<string> {
  const bundle = structuredClone(await sampleBundle()) as Record<string, unknown> & { institutions: Record<string, unknown>[] };
  bundle.teamPlan = { members: [{ name: 'Bendahara', aspects: ['PBY'] }] };
  bundle.institutions[0]!.npwp = '01.234.567.8-901.000';
  const { exportedAt: _e, app: _a, integrity: _i, ...content } = bundle;
  (bundle.integrity as { hash: string }).hash = await sha256Hex(canonicalJson(content));
  return JSON.stringify(bundle);
}

describe('forward compatibility', () => {
  it('accepts a validly sealed file with fields from a newer app and keeps them', async () => {
    const parsed = await parseBundle(await sealAsNewerApp());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const b = parsed.bundle as unknown as Record<string, unknown> & { institutions: Record<string, unknown>[] };
    expect(b.teamPlan).toEqual({ members: [{ name: 'Bendahara', aspects: ['PBY'] }] });
    expect(b.institutions[0]!.npwp).toBe('01.234.567.8-901.000');
    // The normaliser of stored rows keeps it too (a backup restored here and exported again loses nothing).
    const restored = normaliseInstitution(b.institutions[0]);
    expect(restored.ok && (restored.value as unknown as Record<string, unknown>).npwp).toBe('01.234.567.8-901.000');
  });

  it('still rejects a file whose unknown field was changed after sealing', async () => {
    const text = (await sealAsNewerApp()).replace('Bendahara', 'Bendahari');
    const parsed = await parseBundle(text);
    expect(parsed.ok).toBe(false);
  });
});
