import '@/lib/zod-jitless';
import { createRoot } from 'react-dom/client';
import '@/components/common/lens.css';
import '@/components/common/pages.css';
import { App } from './App';

document.body.classList.add('lens-root');
createRoot(document.getElementById('root')!).render(<App />);
