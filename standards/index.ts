/**
 * Every published standard file. The app, the tests and the scripts read the instrument from here.
 * Adding a standard: put its JSON file in this folder and list it below (see README).
 */
import type { StandardFile } from '../src/domain/standard/schema';
import standarUmum from './standar-umum-1.0.0.json';
import khususLksa from './khusus-lksa-1.0.0.json';
import khususBinaLaras from './khusus-bina-laras-1.0.0.json';
import khususPamardiPutra from './khusus-pamardi-putra-1.0.0.json';

export const STANDARD_FILES: Record<string, unknown> = {
  'standar-umum-1.0.0.json': standarUmum,
  'khusus-lksa-1.0.0.json': khususLksa,
  'khusus-bina-laras-1.0.0.json': khususBinaLaras,
  'khusus-pamardi-putra-1.0.0.json': khususPamardiPutra,
};

export type { StandardFile };
