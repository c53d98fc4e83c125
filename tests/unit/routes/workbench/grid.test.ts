import { describe, expect, it } from 'vitest';
import { gridWindow, maxHeight } from '../../../../src/routes/workbench/grid';

describe('gridWindow: the rows a long result draws', () => {
  it('draws only the rows in view and a few either side', () => {
    const view = gridWindow(100_000, 28, 360, 28 * 5000);
    expect(view.first).toBe(5000 - 6);
    expect(view.count).toBe(Math.ceil(360 / 28) + 12);
    expect(view.offset).toBe((5000 - 6) * 28);
  });

  it('reaches the last row of a million even though the scroll height is capped', () => {
    const view = gridWindow(1_000_000, 28, 360, maxHeight);
    expect(view.height).toBe(maxHeight);
    expect(view.first + view.count).toBe(1_000_000);
  });

  it('handles an empty result', () => {
    expect(gridWindow(0, 28, 360, 0).count).toBe(0);
  });
});
