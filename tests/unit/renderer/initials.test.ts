import { describe, expect, it } from 'vitest';
import { initials } from '../../../renderer/ui/initials';

describe('avatar initials', () => {
  it('shows the given name of a Chinese name, as Chinese apps do', () => {
    expect(initials('王小明')).toBe('小明');
    expect(initials('张伟')).toBe('张伟');
  });

  it('shows the first letters of the first two words otherwise', () => {
    expect(initials('Emma Schneider')).toBe('ES');
    expect(initials('carlos de la mendes')).toBe('CD');
    expect(initials('Olivia')).toBe('O');
  });
});
