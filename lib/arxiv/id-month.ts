/** The month of an arXiv id, as YYMM: old-style ids (`hep-th/9901001`) and new-style ones never share one. */
export function monthOfId(id: string): string {
  const digits = /(\d{4})[.\d]/.exec(id.slice(id.indexOf('/') + 1));
  return digits ? digits[1]! : '';
}
