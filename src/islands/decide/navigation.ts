/** Small browser helpers the tool's islands share: plain clicks, and the flag that moves focus to a result on arrival. */

/** Whether a click is a plain left click; clicks with a modifier open a new tab or window, and are left to the browser. */
export const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

// Set just before the last answer loads the result page, so that the result page moves focus to its heading.
const arrivalKey = "partner-paths:decide-arrived";

/** Notes that the next page load is the result the reader has just reached. */
export function markArrival(): void {
  try {
    sessionStorage.setItem(arrivalKey, "1");
  } catch {
    // Without session storage the result page keeps focus at the top of the page.
  }
}

/** Whether this page load is a result the reader has just reached; forgets it once read. */
export function takeArrival(): boolean {
  try {
    const arrived = sessionStorage.getItem(arrivalKey) !== null;
    sessionStorage.removeItem(arrivalKey);
    return arrived;
  } catch {
    return false;
  }
}
