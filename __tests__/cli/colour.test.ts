import { loadStyle, wantsColour } from '../../src/cli/colour';
import { PLAIN } from '../../src/report/style';

describe('wantsColour', () => {
  // [--color flag, environment, stdout is a TTY, colour?]
  test.each<[boolean, NodeJS.ProcessEnv, boolean, boolean]>([
    [true, {}, true, true],
    [true, {}, false, false],
    [false, {}, true, false],
    [true, { NO_COLOR: '1' }, true, false],
    [true, { NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
    [true, { FORCE_COLOR: '1' }, false, true],
    [true, { FORCE_COLOR: '0' }, true, false],
    [true, { FORCE_COLOR: 'false' }, true, false],
    [false, { FORCE_COLOR: '1' }, true, false],
  ])('flag %s, env %j, TTY %s → %s', (flag, env, isTTY, expected) => {
    expect(wantsColour(flag, env, isTTY)).toBe(expected);
  });
});

test('without colour the style is PLAIN and chalk is never loaded', async () => {
  expect(await loadStyle(false)).toBe(PLAIN);
});
