/** Five equal classes of a share, for the map: a reader can match a colour to a range. */
export const RATE_CLASSES = [
  { upTo: 0.2, color: '#f1e4d3', label: '0–20%' },
  { upTo: 0.4, color: '#d9b99b', label: '20–40%' },
  { upTo: 0.6, color: '#a9c4de', label: '40–60%' },
  { upTo: 0.8, color: '#5b8fc7', label: '60–80%' },
  { upTo: 1, color: '#1d4e89', label: '80–100%' },
] as const;

/** The colour of a share, or null when there is none. */
export function rateColor(rate: number | null): string | null {
  if (rate === null || Number.isNaN(rate)) return null;
  return (RATE_CLASSES.find((range) => rate <= range.upTo) ?? RATE_CLASSES[4]).color;
}
