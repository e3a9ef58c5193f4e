import type { Summary } from '@/lib/pack/schema';
import { isKeySentence } from '@/lib/paper/best-summary';

/** What wrote a summary, beside its source: a language model, or no one (the abstract's own sentence). */
export function SummaryLabel({ summary }: { summary: Summary }) {
  if (isKeySentence(summary)) {
    return (
      <span className="lens-ai" data-key-sentence="" title="One sentence of the paper's abstract, picked by a fixed rule: no language model wrote it">
        not AI-generated
      </span>
    );
  }
  if (!summary.generated) return null;
  return (
    <span className="lens-ai" data-ai-generated="" title={summary.model ? `Written by ${summary.model}` : 'Written by a language model'}>
      AI-generated{summary.model ? ` · ${summary.model}` : ''}
    </span>
  );
}
