import { describe, expect, it } from 'vitest';
import { splitLocalisedId, splitModuleKey } from '../../../src/lib/content/entry-id';

describe('content ids', () => {
  it('splits the language folder from the shared key', () => {
    expect(splitLocalisedId('vi/data-thinking/data-quality')).toEqual({ lang: 'vi', key: 'data-thinking/data-quality' });
    expect(splitModuleKey('data-thinking/data-quality')).toEqual({ course: 'data-thinking', module: 'data-quality' });
  });

  it('rejects a file outside a language folder or nested too deep, naming it', () => {
    expect(() => splitLocalisedId('fr/data-thinking')).toThrow(/"fr\/data-thinking" is not inside a language folder/);
    expect(() => splitLocalisedId('data-thinking')).toThrow(/language folder/);
    expect(() => splitModuleKey('data-thinking/a/b')).toThrow(/course\/module/);
  });
});
