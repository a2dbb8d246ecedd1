import '@mantine/core/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, BootFailure, Redirecting } from './app/App';
import { boot } from './auth/boot';
import { initI18n, storedLanguage } from './i18n/i18n';

const language = initI18n();
const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  <StrictMode>
    <Redirecting />
  </StrictMode>,
);

void Promise.all([boot(storedLanguage()), language]).then(([result]) => {
  if (result.kind === 'redirecting') return;
  root.render(
    <StrictMode>
      {result.kind === 'signed-in' ? (
        <App userManager={result.userManager} user={result.user} />
      ) : result.kind === 'public' ? (
        <App user={null} />
      ) : (
        <BootFailure error={result.error} />
      )}
    </StrictMode>,
  );
});
