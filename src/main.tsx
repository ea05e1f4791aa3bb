import { preloadScreen } from './app/screens';
import { preloadNewestUmum } from './domain/standard/lazy';
import './ui/styles.css';

// The entry is small on purpose: it starts the deep link's screen, the newest Standar Umum (for a screen of one
// assessment) and the app itself (React, the shell, the database) at once, so on a cold load they download side by
// side instead of the screen waiting for React to be read first.
void preloadScreen(location.pathname);
// The questionnaire needs the standard's core and the texts of the item in the address; Hasil, the report and the
// assessor the whole file.
const one = /^\/(asesmen|hasil|laporan|asesor)\/[^/]+(?:\/butir\/([^/?#]+))?/.exec(location.pathname);
if (one) preloadNewestUmum(one[1] === 'asesmen' ? { itemId: one[2] } : { whole: true });

const root = document.getElementById('root')!;
import('./app/start').then(
  ({ start }) => start(root),
  // Nothing of React is here to show the route error card: index.html's boot script (src/app/boot-failure.js) shows
  // the plain message and the way out.
  () => (window as unknown as { swanilaiBootFailed?: () => void }).swanilaiBootFailed?.(),
);
