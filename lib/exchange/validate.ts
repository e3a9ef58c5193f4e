import { describeZodError } from '../pack/parse';
import { UserPaperSchema, type ParsedImport, type Rejected, type UserPaper } from './types';

/**
 * Checks each record on its own: a bad record is set aside with its reason, the good ones go on.
 * `fallbackName` names a record that has no readable id.
 */
export function validatePapers(records: readonly unknown[], fallbackName: (index: number) => string): ParsedImport {
  const papers: UserPaper[] = [];
  const rejected: Rejected[] = [];
  records.forEach((record, index) => {
    const result = UserPaperSchema.safeParse(record);
    if (result.success) papers.push(result.data);
    else rejected.push({ record: recordId(record) ?? fallbackName(index), reason: describeZodError(result.error) });
  });
  return { papers, rejected };
}

function recordId(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.trim() ? id.trim().slice(0, 100) : undefined;
}
