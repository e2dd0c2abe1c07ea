// Entry point: mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { useStore } from './state/store';
import { startPersistence } from './state/persistence';
import { keepResultsCurrent } from './state/keepCurrent';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Restore saved work before the first paint, so the sample never flashes over it.
const persistence = startPersistence(useStore);
await Promise.race([persistence.ready, new Promise((r) => setTimeout(r, 3000))]);
// The analysis and the path results follow the store from here on (state/keepCurrent.ts).
keepResultsCurrent(useStore);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
