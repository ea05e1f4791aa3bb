/**
 * Every published standard file. The app, the tests and the scripts read the instrument from here.
 * Adding a standard: put its JSON file in this folder and list it below (see README).
 */
import type { StandardFile } from '../src/domain/standard/schema';
import standarUmum from './standar-umum-1.0.0.json' with { type: 'json' };
import khususLksa from './khusus-lksa-1.0.0.json' with { type: 'json' };
import khususBinaLaras from './khusus-bina-laras-1.0.0.json' with { type: 'json' };
import khususPamardiPutra from './khusus-pamardi-putra-1.0.0.json' with { type: 'json' };
import standarUmum2 from './standar-umum-2.0.0.json' with { type: 'json' };
import khususBinaLaras2 from './khusus-bina-laras-2.0.0.json' with { type: 'json' };
import khususPamardiPutra2 from './khusus-pamardi-putra-2.0.0.json' with { type: 'json' };
import khususDisabilitasFisik2 from './khusus-disabilitas-fisik-2.0.0.json' with { type: 'json' };
import khususDisabilitasSensorik2 from './khusus-disabilitas-sensorik-2.0.0.json' with { type: 'json' };
import khususDisabilitasIntelektual2 from './khusus-disabilitas-intelektual-2.0.0.json' with { type: 'json' };
import khususLanjutUsia2 from './khusus-lanjut-usia-2.0.0.json' with { type: 'json' };
import khususAbh2 from './khusus-abh-2.0.0.json' with { type: 'json' };
import khususTunaSosial2 from './khusus-tuna-sosial-2.0.0.json' with { type: 'json' };
import khususLksa2 from './khusus-lksa-2.0.0.json' with { type: 'json' };
import khususBinaRemaja2 from './khusus-bina-remaja-2.0.0.json' with { type: 'json' };

export const STANDARD_FILES: Record<string, unknown> = {
  'standar-umum-1.0.0.json': standarUmum,
  'khusus-lksa-1.0.0.json': khususLksa,
  'khusus-bina-laras-1.0.0.json': khususBinaLaras,
  'khusus-pamardi-putra-1.0.0.json': khususPamardiPutra,
  'standar-umum-2.0.0.json': standarUmum2,
  'khusus-bina-laras-2.0.0.json': khususBinaLaras2,
  'khusus-pamardi-putra-2.0.0.json': khususPamardiPutra2,
  'khusus-disabilitas-fisik-2.0.0.json': khususDisabilitasFisik2,
  'khusus-disabilitas-sensorik-2.0.0.json': khususDisabilitasSensorik2,
  'khusus-disabilitas-intelektual-2.0.0.json': khususDisabilitasIntelektual2,
  'khusus-lanjut-usia-2.0.0.json': khususLanjutUsia2,
  'khusus-abh-2.0.0.json': khususAbh2,
  'khusus-tuna-sosial-2.0.0.json': khususTunaSosial2,
  'khusus-lksa-2.0.0.json': khususLksa2,
  'khusus-bina-remaja-2.0.0.json': khususBinaRemaja2,
};

export type { StandardFile };
