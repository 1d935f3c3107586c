// How a side is told apart from the others wherever it is shown (page, email, feed, card).
// Shapes rather than green/red or ticks/crosses: nothing in a marker reads as right or wrong,
// and a shape still tells the sides apart in greyscale and for colour-blind readers.
const SIDE_MARKERS = ["●", "■", "▲", "◆"] as const;

/** The marker of the side at `index` (0-based) among its question's sides. */
export function sideMarker(index: number): string {
  return SIDE_MARKERS[index % SIDE_MARKERS.length]!;
}

/** How many distinct side styles (colour and marker) there are before they repeat. */
export const SIDE_STYLES = SIDE_MARKERS.length;
