import { describe, expect, it } from 'vitest';
import { nextKey } from '$lib/charts/core/roving';

describe('nextKey(keys, current, pressed)', () => {
  const keys = ['a', 'b', 'c'];
  it('steps with the arrows and stops at the ends', () => {
    expect(nextKey(keys, 'a', 'ArrowRight')).toBe('b');
    expect(nextKey(keys, 'c', 'ArrowDown')).toBe('c');
    expect(nextKey(keys, 'b', 'ArrowLeft')).toBe('a');
    expect(nextKey(keys, 'a', 'ArrowUp')).toBe('a');
  });
  it('jumps with Home and End, starts from the first without a current mark, ignores other keys', () => {
    expect(nextKey(keys, 'b', 'Home')).toBe('a');
    expect(nextKey(keys, 'a', 'End')).toBe('c');
    expect(nextKey(keys, null, 'ArrowRight')).toBe('a');
    expect(nextKey(keys, 'a', 'x')).toBeNull();
    expect(nextKey([], null, 'ArrowRight')).toBeNull();
  });
});

describe('nextKey(keys, current, pressed, rtl) in a mirrored chart', () => {
  it('steps forward with the left arrow and back with the right one', () => {
    const keys = ['a', 'b', 'c'];
    expect(nextKey(keys, 'a', 'ArrowLeft', true)).toBe('b');
    expect(nextKey(keys, 'b', 'ArrowRight', true)).toBe('a');
    expect(nextKey(keys, 'a', 'ArrowDown', true)).toBe('b');
  });
});
