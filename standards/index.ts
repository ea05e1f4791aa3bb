/**
 * Every published standard file. The app, the tests and the scripts read the instrument from here.
 * Adding a standard: put its JSON file in this folder and list it below (see README).
 */
import type { StandardFile } from '../src/domain/standard/schema';
import standarUmum from './standar-umum.json';
import khususLksa from './khusus-lksa.json';
import khususBinaLaras from './khusus-bina-laras.json';
import khususPamardiPutra from './khusus-pamardi-putra.json';

export const STANDARD_FILES: Record<string, unknown> = {
  'standar-umum.json': standarUmum,
  'khusus-lksa.json': khususLksa,
  'khusus-bina-laras.json': khususBinaLaras,
  'khusus-pamardi-putra.json': khususPamardiPutra,
};

export type { StandardFile };
