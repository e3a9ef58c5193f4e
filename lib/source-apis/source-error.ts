/**
 * A source's answer that cannot be used (an error status, an error body, a wrong shape, too large):
 * nothing of it is written, and its message is shown in the options page as the source's last error.
 */
export class SourceError extends Error {
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** Until when the source should not be asked again (after repeated failures). */
  readonly pauseUntil?: number;

  constructor(message: string, options: { status?: number; pauseUntil?: number } = {}) {
    super(message);
    this.name = 'SourceError';
    this.status = options.status;
    this.pauseUntil = options.pauseUntil;
  }
}
