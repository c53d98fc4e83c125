import type { Capacity } from './inspect';

/**
 * What this browser says it can hold: the device's memory (Chromium) and the storage this
 * site has left. Either is left out where the browser does not tell.
 */
export async function browserCapacity(): Promise<Capacity> {
  const capacity: Capacity = {};
  if (typeof navigator === 'undefined') return capacity;
  const deviceMemory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
  if (typeof deviceMemory === 'number' && deviceMemory > 0) capacity.deviceMemory = deviceMemory;
  try {
    const estimate = await navigator.storage?.estimate();
    if (estimate?.quota !== undefined) {
      capacity.storageFree = Math.max(0, estimate.quota - (estimate.usage ?? 0));
    }
  } catch {
    // No storage estimate (a private window may refuse one): nothing is said about keeping.
  }
  return capacity;
}
