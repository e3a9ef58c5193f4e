import type { HostRole } from '@/lib/pages';

interface PaperHostProps {
  role: HostRole;
  id: string;
  version?: number;
}

/** The extension's block beside a paper: a panel on the paper's own page, a compact row in lists. */
export function PaperHost({ role, id, version }: PaperHostProps) {
  return (
    <section className={role === 'panel' ? 'lens-panel' : 'lens-row'} aria-label={`arXiv Lens: ${id}`}>
      <span className="lens-brand">arXiv Lens</span>
      <span className="lens-id">
        {id}
        {version ? `v${version}` : ''}
      </span>
    </section>
  );
}
