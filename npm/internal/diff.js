// The changes that turn `a` into `b`, as small as a line-by-line comparison finds them:
// unchanged lines are skipped, and each changed block is trimmed to the characters that differ.
// Returns [{from, to, insert}] with offsets into `a` (UTF-16), in order, never overlapping.
// Used to apply "fix all" as edits an editor can map decorations and the selection through,
// rather than as one replacement of the whole document.
const WINDOW = 48;

function lines(text) {
  const out = [];
  let at = 0;
  for (;;) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) {
      if (at < text.length) out.push(text.slice(at));
      return out;
    }
    out.push(text.slice(at, nl + 1));
    at = nl + 1;
  }
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

function trimmed(from, old, now) {
  let p = 0;
  const n = Math.min(old.length, now.length);
  while (p < n && old.charCodeAt(p) === now.charCodeAt(p)) p++;
  if (p > 0 && isHigh(old.charCodeAt(p - 1))) p--; // never split a surrogate pair
  let s = 0;
  while (s < n - p && old.charCodeAt(old.length - 1 - s) === now.charCodeAt(now.length - 1 - s)) s++;
  if (s > 0 && isLow(old.charCodeAt(old.length - s))) s--;
  return { from: from + p, to: from + old.length - s, insert: now.slice(p, now.length - s) };
}

export function diffText(a, b) {
  if (a === b) return [];
  const A = lines(a);
  const B = lines(b);
  const changes = [];
  let i = 0;
  let j = 0;
  let pos = 0;
  while (i < A.length || j < B.length) {
    if (i < A.length && j < B.length && A[i] === B[j]) {
      pos += A[i].length;
      i++;
      j++;
      continue;
    }
    // the nearest pair of equal lines ahead, within the window; else everything left
    let x = A.length - i;
    let y = B.length - j;
    search: for (let k = 1; k <= 2 * WINDOW; k++) {
      for (let dx = Math.max(0, k - WINDOW); dx <= Math.min(k, WINDOW); dx++) {
        const dy = k - dx;
        if (i + dx < A.length && j + dy < B.length && A[i + dx] === B[j + dy]) {
          x = dx;
          y = dy;
          break search;
        }
      }
    }
    const old = A.slice(i, i + x).join("");
    const now = B.slice(j, j + y).join("");
    if (old !== now) changes.push(trimmed(pos, old, now));
    pos += old.length;
    i += x;
    j += y;
  }
  return changes;
}
