import { createRoot } from 'react-dom/client';
import '@/components/common/lens.css';
import '@/components/common/pages.css';
import { App } from './App';
import { readOpening } from './opening';

document.body.classList.add('lens-root');
// One first render, with the list's first screen in it: a "Loading…" render before it only
// delayed the list's reads to after its paint.
void readOpening().then((opening) => createRoot(document.getElementById('root')!).render(<App opening={opening} />));
