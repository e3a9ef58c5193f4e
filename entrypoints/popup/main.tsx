import { createRoot } from 'react-dom/client';
import '@/components/shared/lens.css';
import '@/components/shared/pages.css';
import { App } from './App';

document.body.classList.add('lens-root');
createRoot(document.getElementById('root')!).render(<App />);
