/**
 * Whether data changed while a read of it ran. A cache keeps what a read brought only when no
 * change came in between: a read begun before a change may hold what the change replaced.
 */
export function createChangeCounter() {
  let changes = 0;
  return {
    /** The data changed: reads begun before now keep nothing. */
    changed(): void {
      changes++;
    },
    /** Marks a read's start; what it returns says whether the data is still unchanged since. */
    readStarted(): () => boolean {
      const started = changes;
      return () => started === changes;
    },
  };
}
