import { useEffect, useState } from 'react';
import { parseArxivId } from '@/lib/arxiv/ids';

/** The paper named by `#paper=<id>`, as the panels' "Add a note" links open this page. */
export function useHashPaper(): string | null {
  const read = () => {
    const raw = new URLSearchParams(location.hash.slice(1)).get('paper');
    return raw ? (parseArxivId(raw)?.id ?? null) : null;
  };
  const [id, setId] = useState(read);
  useEffect(() => {
    const update = () => setId(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return id;
}
