import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULTS, SettingsSchema, settingTitle } from '../../src/extension/settingsSchema';

// package.json's contributes.configuration, the zod schema and DEFAULTS are three views of one set of
// settings: held equal here, so that none drifts from the others.
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const sections: Array<{
  properties: Record<string, { default: unknown; enum?: unknown[]; markdownDescription?: string }>;
}> = [manifest.contributes.configuration].flat();
const contributed = Object.assign({}, ...sections.map((s) => s.properties)) as Record<
  string,
  { default: unknown; enum?: unknown[]; markdownDescription?: string }
>;

describe('settings: one definition in three places', () => {
  it('the same keys in package.json, the schema and DEFAULTS', () => {
    const keys = Object.keys(DEFAULTS)
      .map((k) => `newsAnnotator.${k}`)
      .sort();
    assert.deepEqual(Object.keys(contributed).sort(), keys);
    assert.deepEqual(
      Object.keys(SettingsSchema.shape)
        .map((k) => `newsAnnotator.${k}`)
        .sort(),
      keys,
    );
  });
  it('the same defaults, each valid by the schema, with a markdownDescription', () => {
    for (const [key, value] of Object.entries(DEFAULTS)) {
      assert.deepEqual(contributed[`newsAnnotator.${key}`]!.default, value, key);
      assert.ok(SettingsSchema.shape[key as keyof typeof DEFAULTS].safeParse(value).success, key);
      assert.ok(contributed[`newsAnnotator.${key}`]!.markdownDescription, `${key} has a markdownDescription`);
    }
  });
  it('the same choices for enumerations', () => {
    for (const key of ['facts.groupBy', 'facts.scope'] as const) {
      assert.deepEqual(contributed[`newsAnnotator.${key}`]!.enum, SettingsSchema.shape[key].options, key);
    }
  });
  it("titles as the Settings editor shows them, and messages in the setting's own words", () => {
    assert.equal(settingTitle('maxFileSizeKB'), 'Max File Size KB');
    assert.equal(settingTitle('facts.groupBy'), 'Facts: Group By');
    const r = SettingsSchema.shape.maxFileSizeKB.safeParse(-3);
    assert.equal(r.success ? '' : r.error.issues[0]!.message, 'must be a positive number');
  });
});
